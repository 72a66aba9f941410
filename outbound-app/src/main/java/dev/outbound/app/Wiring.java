package dev.outbound.app;

import com.google.inject.Binder;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Guice injector in {@link Stage#PRODUCTION}, which creates every singleton (the backend, the
 * application) at once, so that a failure shows at start-up rather than at the first request. Only explicit
 * bindings and {@code @Inject} constructors are allowed.
 */
final class Wiring {
    private Wiring() {}

    /** The modules, for the given start-up decisions. */
    static List<Module> modules(Configuration configuration, AppSettings settings, Selection selection,
                                Clock clock) {
        return List.of(
                Wiring::strict,
                new ConfigurationModule(configuration, settings, clock),
                new BackendModule(selection.backend()),
                new ApplicationModule(),
                new EndpointsModule(selection.endpoints()));
    }

    /**
     * The injector.
     *
     * @throws StartupException the provider's failure when one failed, or Guice's report otherwise
     */
    static Injector injector(Configuration configuration, AppSettings settings, Selection selection, Clock clock) {
        try {
            return Guice.createInjector(Stage.PRODUCTION, modules(configuration, settings, selection, clock));
        } catch (CreationException failure) {
            throw startupFailure(failure).orElseGet(() -> new StartupException(
                    "The application could not be wired: " + failure.getMessage(), failure));
        }
    }

    private static void strict(Binder binder) {
        binder.requireExplicitBindings();
        binder.requireAtInjectOnConstructors();
        binder.disableCircularProxies();
    }

    /** The start-up failure a provider method threw, which Guice wraps. */
    private static Optional<StartupException> startupFailure(CreationException failure) {
        for (Message message : failure.getErrorMessages()) {
            for (Throwable cause = message.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof StartupException startup) {
                    return Optional.of(startup);
                }
            }
        }
        return Optional.empty();
    }
}
