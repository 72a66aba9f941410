package dev.outbound.archfixtures.nopackagecycles.port.in;

import dev.outbound.archfixtures.nopackagecycles.application.StartService;
import dev.outbound.archfixtures.nopackagecycles.domain.Thing;

/**
 * VIOLATION (one half of a cycle): an in-port that creates its implementation, which implements it.
 */
public interface StartUseCase {
    Thing start(String id);

    static StartUseCase create() {
        return new StartService();
    }
}
