package dev.outbound.archfixtures.everyclassinalayer.port.spi;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Provider {
}
