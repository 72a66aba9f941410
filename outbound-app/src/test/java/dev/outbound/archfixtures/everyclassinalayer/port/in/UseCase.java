package dev.outbound.archfixtures.everyclassinalayer.port.in;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class UseCase {
}
