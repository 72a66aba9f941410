package dev.outbound.archfixtures.portsonlyondomain.port.in;

import dev.outbound.archfixtures.portsonlyondomain.application.ThingService;
import dev.outbound.archfixtures.portsonlyondomain.domain.Thing;

/**
 * VIOLATION: an in-port that names its implementation in {@code application}.
 */
public interface GetThingUseCase {
    Thing get(String id);

    /** Leaks the implementation into the contract. */
    ThingService implementation();
}
