package dev.outbound.archfixtures.noadapterbyname.adapter.mock;

/**
 * An adapter class.
 */
public final class MockBackend {
    public String name() {
        return "mock";
    }
}
