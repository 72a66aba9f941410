package dev.outbound.archfixtures.nopackagecycles.application;

import dev.outbound.archfixtures.nopackagecycles.domain.Thing;
import dev.outbound.archfixtures.nopackagecycles.port.in.StartUseCase;

/**
 * VIOLATION (other half of the cycle port -> application -> port).
 */
public final class StartService implements StartUseCase {
    @Override
    public Thing start(String id) {
        return new Thing(id);
    }
}
