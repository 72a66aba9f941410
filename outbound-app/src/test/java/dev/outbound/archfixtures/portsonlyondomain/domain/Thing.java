package dev.outbound.archfixtures.portsonlyondomain.domain;

/**
 * A domain type the fixture ports may use.
 */
public record Thing(String id) {
}
