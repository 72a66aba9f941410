package dev.outbound.archfixtures.everyclassinalayer.domain;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Thing {
}
