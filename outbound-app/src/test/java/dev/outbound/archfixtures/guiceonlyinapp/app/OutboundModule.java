package dev.outbound.archfixtures.guiceonlyinapp.app;

import com.google.inject.AbstractModule;
import jakarta.inject.Singleton;

/**
 * ALLOWED (control): the composition root uses Guice and jakarta.inject.
 */
public final class OutboundModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Clock.class).in(Singleton.class);
    }

    /** Something to bind. */
    public static final class Clock {
    }
}
