package dev.outbound.archfixtures.guiceonlyinapp.adapter.mock;

import com.google.inject.AbstractModule;

/**
 * VIOLATION: an adapter that ships a Guice module: a host on Spring or plain Java would need Guice.
 */
public final class MockGuiceModule extends AbstractModule {
    @Override
    protected void configure() {
        // binds the mock backend
    }
}
