package dev.outbound.app;

import com.google.inject.AbstractModule;
import java.time.Clock;

/** Binds what start-up read before the injector existed: the configuration, the application settings, the clock. */
final class ConfigurationModule extends AbstractModule {
    private final Configuration configuration;
    private final AppSettings settings;
    private final Clock clock;

    ConfigurationModule(Configuration configuration, AppSettings settings, Clock clock) {
        this.configuration = configuration;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Configuration.class).toInstance(configuration);
        bind(AppSettings.class).toInstance(settings);
        bind(Clock.class).toInstance(clock);
    }
}
