package dev.outbound.archfixtures.everyclassinalayer.application;

/**
 * ALLOWED (control): a class in a layer.
 */
public final class Service {
}
