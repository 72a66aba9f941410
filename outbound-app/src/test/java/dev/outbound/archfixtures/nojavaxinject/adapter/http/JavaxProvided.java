package dev.outbound.archfixtures.nojavaxinject.adapter.http;

import dev.outbound.archfixtures.standins.javax.inject.Provider;

/**
 * VIOLATION: an adapter class implementing {@code javax.inject.Provider} (stand-in).
 */
public final class JavaxProvided implements Provider<String> {
    @Override
    public String get() {
        return "value";
    }
}
