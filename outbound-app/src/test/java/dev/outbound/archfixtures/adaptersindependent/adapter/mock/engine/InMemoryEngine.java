package dev.outbound.archfixtures.adaptersindependent.adapter.mock.engine;

/**
 * Part of the mock adapter.
 */
public final class InMemoryEngine {
    public String next() {
        return "record";
    }
}
