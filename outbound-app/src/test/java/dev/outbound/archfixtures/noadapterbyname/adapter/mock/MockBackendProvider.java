package dev.outbound.archfixtures.noadapterbyname.adapter.mock;

import dev.outbound.archfixtures.noadapterbyname.port.spi.BackendProvider;

/**
 * An adapter's provider (using the classes of its own adapter, which is allowed).
 */
public final class MockBackendProvider implements BackendProvider {
    private final MockBackend backend = new MockBackend();

    @Override
    public String name() {
        return backend.name();
    }
}
