package dev.outbound.archfixtures.hexagonallayersnoapp.adapter.mock;

import dev.outbound.archfixtures.hexagonallayersnoapp.domain.Thing;

/**
 * An adapter.
 */
public final class MockThing {
    public Thing thing() {
        return new Thing("mock");
    }
}
