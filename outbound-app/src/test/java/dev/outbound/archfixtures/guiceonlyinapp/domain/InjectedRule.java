package dev.outbound.archfixtures.guiceonlyinapp.domain;

import jakarta.inject.Inject;

/**
 * VIOLATION: a domain class annotated with {@code jakarta.inject.Inject}.
 */
public final class InjectedRule {
    private final int limit;

    @Inject
    public InjectedRule(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
