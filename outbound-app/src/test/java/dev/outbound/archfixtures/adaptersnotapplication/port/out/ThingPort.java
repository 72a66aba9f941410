package dev.outbound.archfixtures.adaptersnotapplication.port.out;

/**
 * An out-port.
 */
public interface ThingPort {
    String load(String id);
}
