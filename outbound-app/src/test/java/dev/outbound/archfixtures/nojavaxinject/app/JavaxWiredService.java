package dev.outbound.archfixtures.nojavaxinject.app;

import dev.outbound.archfixtures.standins.javax.inject.Inject;

/**
 * VIOLATION, even in the app: a constructor annotated with {@code javax.inject.Inject} (stand-in), which Guice 7
 * ignores.
 */
public final class JavaxWiredService {
    private final String name;

    @Inject
    public JavaxWiredService(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
