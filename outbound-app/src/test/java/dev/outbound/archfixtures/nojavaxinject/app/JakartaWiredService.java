package dev.outbound.archfixtures.nojavaxinject.app;

import jakarta.inject.Inject;

/**
 * ALLOWED (control): the app uses {@code jakarta.inject}.
 */
public final class JakartaWiredService {
    private final String name;

    @Inject
    public JakartaWiredService(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
