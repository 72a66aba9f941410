package dev.outbound.archfixtures.guiceonlyinapp.application;

import jakarta.inject.Provider;

/**
 * VIOLATION: a use case that takes a {@code jakarta.inject.Provider} instead of a plain {@code Supplier}.
 */
public final class ProvidedService {
    private final Provider<String> names;

    public ProvidedService(Provider<String> names) {
        this.names = names;
    }

    public String name() {
        return names.get();
    }
}
