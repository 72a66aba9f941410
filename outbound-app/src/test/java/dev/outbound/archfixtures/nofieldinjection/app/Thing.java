package dev.outbound.archfixtures.nofieldinjection.app;

/**
 * Something to inject.
 */
public final class Thing {
}
