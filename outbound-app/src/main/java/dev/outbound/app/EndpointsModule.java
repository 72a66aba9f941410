package dev.outbound.app;

import com.google.inject.AbstractModule;
import jakarta.inject.Singleton;

/**
 * Binds the endpoints selection chose and the {@link Lifecycle} that starts them. Starting is not done here:
 * building the injector creates objects, and the lifecycle starts servers afterwards.
 */
final class EndpointsModule extends AbstractModule {
    private final SelectedEndpoints endpoints;

    EndpointsModule(SelectedEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    protected void configure() {
        bind(SelectedEndpoints.class).toInstance(endpoints);
        bind(Lifecycle.class).in(Singleton.class);
    }
}
