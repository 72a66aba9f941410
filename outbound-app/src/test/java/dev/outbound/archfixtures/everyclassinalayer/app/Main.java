package dev.outbound.archfixtures.everyclassinalayer.app;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Main {
}
