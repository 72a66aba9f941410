package dev.outbound.archfixtures.everyclassinalayer.util;

/**
 * VIOLATION: a {@code util} package, in no layer.
 */
public final class Strings {
    private Strings() {
    }
}
