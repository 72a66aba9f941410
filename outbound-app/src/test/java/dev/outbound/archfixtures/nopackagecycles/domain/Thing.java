package dev.outbound.archfixtures.nopackagecycles.domain;

/**
 * A domain type, used by both sides of the cycle but part of none.
 */
public record Thing(String id) {
}
