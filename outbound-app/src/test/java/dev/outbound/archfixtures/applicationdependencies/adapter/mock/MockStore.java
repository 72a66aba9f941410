package dev.outbound.archfixtures.applicationdependencies.adapter.mock;

import dev.outbound.archfixtures.applicationdependencies.domain.Thing;

/**
 * An adapter class the violating service uses directly.
 */
public final class MockStore {
    public Thing find(String id) {
        return new Thing(id);
    }
}
