package dev.outbound.archfixtures.everyclassinalayer.adapter.mock;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class MockThing {
}
