package dev.outbound.archfixtures.hexagonallayers.application;

import dev.outbound.archfixtures.hexagonallayers.port.in.GetThingUseCase;
import dev.outbound.archfixtures.hexagonallayers.port.out.ThingPort;

/**
 * ALLOWED (control): the application implements an in-port through an out-port.
 */
public final class ThingService implements GetThingUseCase {
    private final ThingPort port;

    public ThingService(ThingPort port) {
        this.port = port;
    }

    @Override
    public String get() {
        return port.load();
    }
}
