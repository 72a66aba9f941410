package dev.outbound.archfixtures.hexagonallayers.app;

import dev.outbound.archfixtures.hexagonallayers.adapter.mock.MockThingPort;
import dev.outbound.archfixtures.hexagonallayers.application.ThingService;

/**
 * VIOLATION: the composition root names an adapter class.
 */
public final class Main {
    public static void main(String[] args) {
        System.out.println(new ThingService(new MockThingPort()).get());
    }
}
