package dev.outbound.archfixtures.adaptersindependent.adapter.mock;

import dev.outbound.archfixtures.adaptersindependent.adapter.mock.engine.InMemoryEngine;

/**
 * ALLOWED (control): the mock adapter using its own sub-package.
 */
public final class MockBackend {
    private final InMemoryEngine engine = new InMemoryEngine();

    public String next() {
        return engine.next();
    }
}
