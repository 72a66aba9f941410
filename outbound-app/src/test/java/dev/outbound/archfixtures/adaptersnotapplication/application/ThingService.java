package dev.outbound.archfixtures.adaptersnotapplication.application;

/**
 * A use-case implementation, which adapters must not use.
 */
public final class ThingService {
    public String describe(String id) {
        return "thing " + id;
    }
}
