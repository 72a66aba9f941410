package dev.outbound.archfixtures.applicationdependencies.app;

/**
 * A composition-root class the violating service reads.
 */
public record AppSettings(String backend) {
}
