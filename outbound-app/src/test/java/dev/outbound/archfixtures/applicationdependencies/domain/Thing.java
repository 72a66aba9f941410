package dev.outbound.archfixtures.applicationdependencies.domain;

/**
 * A domain type.
 */
public record Thing(String id) {
}
