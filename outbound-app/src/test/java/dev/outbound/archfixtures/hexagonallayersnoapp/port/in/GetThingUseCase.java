package dev.outbound.archfixtures.hexagonallayersnoapp.port.in;

import dev.outbound.archfixtures.hexagonallayersnoapp.domain.Thing;

/**
 * A port.
 */
public interface GetThingUseCase {
    Thing get(String id);
}
