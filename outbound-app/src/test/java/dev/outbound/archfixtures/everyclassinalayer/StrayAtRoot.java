package dev.outbound.archfixtures.everyclassinalayer;

/**
 * VIOLATION: a class directly in the root package.
 */
public final class StrayAtRoot {
}
