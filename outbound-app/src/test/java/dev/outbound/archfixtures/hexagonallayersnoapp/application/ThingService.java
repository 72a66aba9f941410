package dev.outbound.archfixtures.hexagonallayersnoapp.application;

import dev.outbound.archfixtures.hexagonallayersnoapp.domain.Thing;
import dev.outbound.archfixtures.hexagonallayersnoapp.port.in.GetThingUseCase;

/**
 * The application.
 */
public final class ThingService implements GetThingUseCase {
    @Override
    public Thing get(String id) {
        return new Thing(id);
    }
}
