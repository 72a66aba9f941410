package dev.outbound.app;

import com.google.inject.Injector;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Outbound from a configuration, in four steps: read the application settings, select the providers among
 * those installed (nothing is created until every check has passed), build the injector (which creates the
 * backend and the application), and start the endpoints.
 */
final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private final Supplier<InstalledProviders> discovery;
    private final Clock clock;

    /**
     * @param discovery finds the installed providers: {@link InstalledProviders#discover} in production
     * @param clock     the one time source of the whole process
     */
    Launcher(Supplier<InstalledProviders> discovery, Clock clock) {
        this.discovery = discovery;
        this.clock = clock;
    }

    /**
     * Starts everything.
     *
     * @return the running lifecycle, whose {@link Lifecycle#stop()} shuts it down
     * @throws StartupException when anything cannot start; what had started has been stopped
     */
    Lifecycle start(Configuration configuration) {
        AppSettings settings = AppSettings.read(configuration);
        Selection selection = ProviderSelector.select(settings, configuration, discovery.get());
        Injector injector = Wiring.injector(configuration, settings, selection, clock);
        Lifecycle lifecycle = injector.getInstance(Lifecycle.class);
        lifecycle.start();
        LOG.info("Outbound started");
        return lifecycle;
    }
}
