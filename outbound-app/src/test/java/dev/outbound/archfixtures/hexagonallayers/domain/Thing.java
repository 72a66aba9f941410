package dev.outbound.archfixtures.hexagonallayers.domain;

import dev.outbound.archfixtures.hexagonallayers.port.out.ThingPort;

/**
 * VIOLATION: the domain uses a port (dependencies must point inwards).
 */
public final class Thing {
    public String load(ThingPort port) {
        return port.load();
    }
}
