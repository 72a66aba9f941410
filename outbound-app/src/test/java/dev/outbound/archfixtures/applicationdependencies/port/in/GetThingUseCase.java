package dev.outbound.archfixtures.applicationdependencies.port.in;

import dev.outbound.archfixtures.applicationdependencies.domain.Thing;

/**
 * An in-port.
 */
public interface GetThingUseCase {
    Thing get(String id);
}
