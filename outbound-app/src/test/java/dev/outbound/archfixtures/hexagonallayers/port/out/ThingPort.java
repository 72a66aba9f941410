package dev.outbound.archfixtures.hexagonallayers.port.out;

/**
 * ALLOWED (control): a port.
 */
public interface ThingPort {
    String load();
}
