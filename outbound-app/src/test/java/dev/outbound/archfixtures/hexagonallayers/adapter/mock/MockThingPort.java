package dev.outbound.archfixtures.hexagonallayers.adapter.mock;

import dev.outbound.archfixtures.hexagonallayers.application.ThingService;
import dev.outbound.archfixtures.hexagonallayers.port.out.ThingPort;

/**
 * VIOLATION: an adapter that uses the application.
 */
public final class MockThingPort implements ThingPort {
    @Override
    public String load() {
        return new ThingService(() -> "x").get();
    }
}
