package dev.outbound.app;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import java.util.ServiceLoader;

/**
 * Every backend and endpoint provider on the class path. {@link #discover(ClassLoader)} asks
 * {@link ServiceLoader}, the only way this application finds adapters; tests pass their own providers to
 * {@link #of(Iterable, Iterable)}.
 */
record InstalledProviders(ProviderRegistry<BackendProvider> backends, ProviderRegistry<EndpointProvider> endpoints) {

    /**
     * The providers listed in {@code META-INF/services} files visible to the class loader.
     *
     * @throws StartupException when a listed provider cannot be loaded or describe itself
     */
    static InstalledProviders discover(ClassLoader classLoader) {
        return of(ServiceLoader.load(BackendProvider.class, classLoader),
                ServiceLoader.load(EndpointProvider.class, classLoader));
    }

    /** These providers, as if they had been discovered. */
    static InstalledProviders of(Iterable<BackendProvider> backends, Iterable<EndpointProvider> endpoints) {
        return new InstalledProviders(ProviderRegistry.backends(backends), ProviderRegistry.endpoints(endpoints));
    }
}
