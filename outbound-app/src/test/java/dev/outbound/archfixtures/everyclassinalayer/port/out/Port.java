package dev.outbound.archfixtures.everyclassinalayer.port.out;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Port {
}
