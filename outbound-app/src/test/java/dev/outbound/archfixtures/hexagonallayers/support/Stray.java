package dev.outbound.archfixtures.hexagonallayers.support;

/**
 * VIOLATION: a class in no layer.
 */
public final class Stray {
}
