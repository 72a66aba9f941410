package dev.outbound.app;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The installed providers of one kind, and the choice of one of them by name. Every refusal is a
 * {@link StartupException} that names what was asked for, what was found and what to change.
 *
 * @param <P> {@link BackendProvider} or {@link EndpointProvider}
 */
final class ProviderRegistry<P> {
    private final ProviderKind kind;
    private final List<DiscoveredProvider<P>> providers;

    private ProviderRegistry(ProviderKind kind, List<DiscoveredProvider<P>> providers) {
        this.kind = kind;
        this.providers = List.copyOf(providers);
    }

    /** The backend providers {@code found} yields: a {@link java.util.ServiceLoader} or, in tests, a list. */
    static ProviderRegistry<BackendProvider> backends(Iterable<BackendProvider> found) {
        return new ProviderRegistry<>(ProviderKind.BACKEND, load(ProviderKind.BACKEND, found, DiscoveredProvider::of));
    }

    /** The endpoint providers {@code found} yields. */
    static ProviderRegistry<EndpointProvider> endpoints(Iterable<EndpointProvider> found) {
        return new ProviderRegistry<>(ProviderKind.ENDPOINT, load(ProviderKind.ENDPOINT, found,
                DiscoveredProvider::of));
    }

    /** Every provider found, in the order found, duplicates included. */
    List<DiscoveredProvider<P>> all() {
        return providers;
    }

    /** The names of the providers found, sorted and each once. */
    SortedSet<String> names() {
        return providers.stream().map(DiscoveredProvider::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The one provider with this name, built against the SPI this application implements.
     *
     * @param origin where the name was configured, for the message
     * @throws StartupException when no provider or several have the name, or its SPI version differs
     */
    DiscoveredProvider<P> select(String name, String origin) {
        List<DiscoveredProvider<P>> named = providers.stream().filter(p -> p.name().equals(name)).toList();
        if (named.isEmpty()) {
            throw new StartupException(unknown(name, origin));
        }
        if (named.size() > 1) {
            throw new StartupException(named.size() + " " + kind.noun() + " providers are named \"" + name + "\": "
                    + named.stream().map(DiscoveredProvider::className).collect(Collectors.joining(" and "))
                    + ". A name must select exactly one provider: remove all but one of the adapters that hold "
                    + "them from the class path.");
        }
        DiscoveredProvider<P> selected = named.get(0);
        if (selected.spiVersion() != SpiVersion.CURRENT) {
            throw new StartupException("The " + kind.noun() + " provider \"" + name + "\" ("
                    + selected.className() + ") was built for SPI version " + selected.spiVersion()
                    + ", but this application implements SPI version " + SpiVersion.CURRENT
                    + ". Use a build of the adapter for SPI version " + SpiVersion.CURRENT
                    + ", or the application version the adapter was built for.");
        }
        return selected;
    }

    /**
     * The selected provider's settings from {@code outbound.<kind>.<name>.*}, checked and with defaults filled in.
     *
     * @throws StartupException listing every unknown key, missing setting and invalid value
     */
    Settings settingsOf(DiscoveredProvider<P> provider, Configuration configuration) {
        String prefix = kind.settingsPrefix(provider.name());
        try {
            return Settings.resolve(prefix, provider.settings(), configuration.valuesUnder(prefix));
        } catch (InvalidSettingsException invalid) {
            String given = configuration.describeOrigins(prefix);
            throw new StartupException("The settings of " + kind.noun() + " provider \"" + provider.name()
                    + "\" cannot be used: " + String.join("; ", invalid.problems()) + ". Given: "
                    + (given.isEmpty() ? "nothing" : given) + ". The providers command lists every setting it "
                    + "accepts.", invalid);
        }
    }

    private String unknown(String name, String origin) {
        String known = providers.isEmpty() ? "none" : String.join(", ", names());
        String message = "Unknown " + kind.noun() + " provider \"" + name + "\" (" + kind.selectionKey() + " from "
                + origin + "); known: " + known + ". ";
        if (providers.isEmpty()) {
            return message + "No " + kind.noun() + " provider is installed at all: ServiceLoader found no "
                    + kind.spi().getName() + " on the class path. Put an adapter that provides one on the class "
                    + "path (outbound.jar holds every adapter of this build).";
        }
        return message + "Set " + kind.selectionKey() + " to a known name, or put the adapter that provides \""
                + name + "\" on the class path.";
    }

    private static <P> List<DiscoveredProvider<P>> load(ProviderKind kind, Iterable<P> found,
                                                        Function<P, DiscoveredProvider<P>> describe) {
        List<DiscoveredProvider<P>> providers = new ArrayList<>();
        Iterator<P> iterator = found.iterator();
        try {
            while (iterator.hasNext()) {
                providers.add(describe.apply(iterator.next()));
            }
        } catch (ServiceConfigurationError broken) {
            throw new StartupException("A " + kind.noun() + " provider could not be loaded: "
                    + StartupException.describe(broken) + ". Adapters list their providers in META-INF/services/"
                    + kind.spi().getName() + "; the class named there must exist, implement that interface and "
                    + "have a public constructor without parameters.", broken);
        }
        return providers;
    }
}
