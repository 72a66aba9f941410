package dev.outbound.archfixtures.portsonlyondomain.application;

import dev.outbound.archfixtures.portsonlyondomain.domain.Thing;
import dev.outbound.archfixtures.portsonlyondomain.port.in.GetThingUseCase;

/**
 * The use-case implementation the violating in-port names.
 */
public final class ThingService implements GetThingUseCase {
    @Override
    public Thing get(String id) {
        return new Thing(id);
    }

    @Override
    public ThingService implementation() {
        return this;
    }
}
