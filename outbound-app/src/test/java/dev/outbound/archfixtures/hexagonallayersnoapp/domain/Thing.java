package dev.outbound.archfixtures.hexagonallayersnoapp.domain;

/**
 * Domain of a fixture that has every layer but {@code app}: the layered architecture reports the empty layer.
 */
public record Thing(String id) {
}
