package dev.outbound.archfixtures.adaptersnotapplication.adapter.http;

import dev.outbound.archfixtures.adaptersnotapplication.application.ThingService;

/**
 * VIOLATION: a driving adapter that builds and calls a use-case implementation instead of receiving the in-ports.
 */
public final class ShortcutEndpoint {
    private final ThingService service = new ThingService();

    public String handle(String id) {
        return service.describe(id);
    }
}
