package dev.outbound.app;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A provider found on the class path, with what it says about itself read once, so that selection and the
 * {@code providers} command treat backend and endpoint providers alike.
 *
 * @param <P> {@link BackendProvider} or {@link EndpointProvider}
 */
record DiscoveredProvider<P>(ProviderKind kind, String name, int spiVersion, List<SettingSpec> settings,
                             P provider) {
    DiscoveredProvider {
        settings = List.copyOf(settings);
    }

    /** Reads a backend provider's name, SPI version and settings. */
    static DiscoveredProvider<BackendProvider> of(BackendProvider provider) {
        return describe(ProviderKind.BACKEND, provider, BackendProvider::name, BackendProvider::spiVersion,
                BackendProvider::settings);
    }

    /** Reads an endpoint provider's name, SPI version and settings. */
    static DiscoveredProvider<EndpointProvider> of(EndpointProvider provider) {
        return describe(ProviderKind.ENDPOINT, provider, EndpointProvider::name, EndpointProvider::spiVersion,
                EndpointProvider::settings);
    }

    /** The provider's class, which names the adapter it comes from. */
    String className() {
        return provider.getClass().getName();
    }

    private static <P> DiscoveredProvider<P> describe(ProviderKind kind, P provider, Function<P, String> name,
                                                      ToIntFunction<P> spiVersion,
                                                      Function<P, List<SettingSpec>> settings) {
        String reportedName;
        int reportedVersion;
        List<SettingSpec> reportedSettings;
        try {
            reportedName = name.apply(provider);
            reportedVersion = spiVersion.applyAsInt(provider);
            reportedSettings = settings.apply(provider);
        } catch (RuntimeException failure) {
            throw new StartupException("The " + kind.noun() + " provider " + provider.getClass().getName()
                    + " failed while describing itself: " + StartupException.describe(failure)
                    + ". Fix or remove the adapter that holds it.", failure);
        }
        if (reportedName == null || reportedName.isBlank() || reportedSettings == null) {
            throw new StartupException("The " + kind.noun() + " provider " + provider.getClass().getName()
                    + " reports " + (reportedSettings == null ? "no list of settings" : "no name")
                    + ", so configuration cannot use it. Fix or remove the adapter that holds it.");
        }
        return new DiscoveredProvider<>(kind, reportedName, reportedVersion, reportedSettings, provider);
    }
}
