package dev.outbound.app;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the backend and the endpoints among the installed providers, as the settings ask, and checks their
 * settings. It creates nothing, so a refusal leaves nothing to clean up.
 */
final class ProviderSelector {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSelector.class);

    private ProviderSelector() {}

    /**
     * The selection, or the first reason there can be none.
     *
     * @throws StartupException when a provider is unknown, ambiguous or of another SPI version, when its settings
     *     are invalid, or when settings name a provider that is not installed
     */
    static Selection select(AppSettings settings, Configuration configuration, InstalledProviders installed) {
        ProviderRegistry<BackendProvider> backends = installed.backends();
        DiscoveredProvider<BackendProvider> backend = backends.select(settings.backend(),
                configuration.origin(AppKeys.BACKEND));
        SelectedBackend selectedBackend = new SelectedBackend(backend.name(), backend.provider(),
                backends.settingsOf(backend, configuration));

        ProviderRegistry<EndpointProvider> endpoints = installed.endpoints();
        List<SelectedEndpoint> selectedEndpoints = new ArrayList<>();
        for (String name : settings.endpoints()) {
            DiscoveredProvider<EndpointProvider> endpoint = endpoints.select(name,
                    configuration.origin(AppKeys.ENDPOINTS));
            selectedEndpoints.add(new SelectedEndpoint(endpoint.name(), endpoint.provider(),
                    endpoints.settingsOf(endpoint, configuration)));
        }

        checkSettingsFamily(ProviderKind.BACKEND, backends.names(), Set.of(settings.backend()), configuration);
        checkSettingsFamily(ProviderKind.ENDPOINT, endpoints.names(), Set.copyOf(settings.endpoints()),
                configuration);
        LOG.info("Selected backend \"{}\" and endpoints {}", selectedBackend.name(), settings.endpoints());
        LOG.debug("Backend settings: {}", selectedBackend.settings());
        return new Selection(selectedBackend, new SelectedEndpoints(selectedEndpoints));
    }

    /**
     * Refuses settings for a provider that is not installed (most likely a misspelt name) and warns about settings
     * of an installed provider that is not selected, which are not used.
     */
    private static void checkSettingsFamily(ProviderKind kind, Set<String> installed, Set<String> selected,
                                            Configuration configuration) {
        Set<String> notSelected = new TreeSet<>();
        for (String key : configuration.keys()) {
            if (!key.startsWith(kind.settingsFamily())) {
                continue;
            }
            String rest = key.substring(kind.settingsFamily().length());
            String provider = rest.substring(0, Math.max(rest.indexOf('.'), 0));
            if (!installed.contains(provider)) {
                throw new StartupException("The configuration key " + key + " (from " + configuration.origin(key)
                        + ") is a setting of " + kind.noun() + " provider \"" + provider + "\", which is not "
                        + "installed; known: " + (installed.isEmpty() ? "none" : String.join(", ", installed))
                        + ". Correct the provider name in the key, or remove the key.");
            }
            if (!selected.contains(provider)) {
                notSelected.add(key);
            }
        }
        if (!notSelected.isEmpty()) {
            LOG.warn("Not used, because their {} provider is not selected by {}: {}", kind.noun(),
                    kind.selectionKey(), notSelected);
        }
    }
}
