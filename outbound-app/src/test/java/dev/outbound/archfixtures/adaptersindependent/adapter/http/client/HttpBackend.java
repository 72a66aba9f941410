package dev.outbound.archfixtures.adaptersindependent.adapter.http.client;

import dev.outbound.archfixtures.adaptersindependent.adapter.mock.engine.InMemoryEngine;

/**
 * VIOLATION: the http adapter falls back on the mock adapter's engine: a deployment without the mock breaks.
 */
public final class HttpBackend {
    private final InMemoryEngine fallback = new InMemoryEngine();

    public String next() {
        return fallback.next();
    }
}
