package dev.outbound.archfixtures.nodomaincycles.domain.schedule;

/**
 * ALLOWED (control): used by the record package, uses nothing back.
 */
public record Window(int from, int to) {
}
