package dev.outbound.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.outbound.port.out.OutboundBackend;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Provides the backend made by the provider selection chose. The choice is made before the injector is built and
 * passed in, so the module holds no condition.
 */
final class BackendModule extends AbstractModule {
    private final SelectedBackend selected;

    BackendModule(SelectedBackend selected) {
        this.selected = selected;
    }

    @Override
    protected void configure() {
        bind(SelectedBackend.class).toInstance(selected);
    }

    @Provides
    @Singleton
    OutboundBackend backend(SelectedBackend backend, Clock clock) {
        return backend.create(clock);
    }
}
