package dev.outbound.archfixtures.adaptersnotapplication.adapter.mock;

import dev.outbound.archfixtures.adaptersnotapplication.port.out.ThingPort;

/**
 * ALLOWED (control): a backend adapter that implements an out-port.
 */
public final class MockThingBackend implements ThingPort {
    @Override
    public String load(String id) {
        return id;
    }
}
