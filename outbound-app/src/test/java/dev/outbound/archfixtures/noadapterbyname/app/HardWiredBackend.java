package dev.outbound.archfixtures.noadapterbyname.app;

import dev.outbound.archfixtures.noadapterbyname.adapter.mock.MockBackend;

/**
 * VIOLATION: the composition root builds an adapter class by name instead of discovering it.
 */
public final class HardWiredBackend {
    public String backendName() {
        return new MockBackend().name();
    }
}
