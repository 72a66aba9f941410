package dev.outbound.app;

import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.OfferedCallResults;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.Settings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The application's own settings, read and checked from the {@link Configuration}: which backend and endpoints
 * to use and how the use cases behave.
 *
 * @param backend        the name of the backend provider ({@code outbound.backend})
 * @param endpoints      the names of the endpoint providers to start, in order ({@code outbound.endpoints})
 * @param callResults    the call results offered to agents ({@code outbound.call-result-values})
 * @param doNotCallScope what a Do Not Call request finishes ({@code outbound.do-not-call.scope})
 * @param cancelScope    what cancelling a record finishes ({@code outbound.cancel.scope})
 */
record AppSettings(String backend, List<String> endpoints, OfferedCallResults callResults,
                   ChainScope doNotCallScope, ChainScope cancelScope) {
    AppSettings {
        endpoints = List.copyOf(endpoints);
    }

    /**
     * Reads the application keys and refuses keys nobody declares.
     *
     * @throws StartupException naming an unknown key and the known ones, or every invalid value with the allowed
     *     values
     */
    static AppSettings read(Configuration configuration) {
        refuseUnknownKeys(configuration);
        Map<String, String> given = new TreeMap<>();
        for (String key : AppKeys.names()) {
            configuration.value(key).ifPresent(value -> given.put(key.substring(ConfigurationLoader.PREFIX.length()),
                    value));
        }
        Settings settings;
        try {
            settings = Settings.resolve(ConfigurationLoader.PREFIX, AppKeys.specs(), given);
        } catch (InvalidSettingsException invalid) {
            throw new StartupException("The configuration cannot be used: " + String.join("; ", invalid.problems())
                    + ". Given: " + origins(configuration) + ". Every key is described in docs/configuration.md.",
                    invalid);
        }
        return new AppSettings(
                settings.text("backend"),
                AppKeys.endpointNames(settings.text("endpoints")),
                AppKeys.callResults(settings.text("call-result-values")),
                AppKeys.scope(settings.text("do-not-call.scope")),
                AppKeys.scope(settings.text("cancel.scope")));
    }

    private static void refuseUnknownKeys(Configuration configuration) {
        List<String> unknown = configuration.keys().stream()
                .filter(key -> !AppKeys.names().contains(key) && !AppKeys.isProviderSetting(key))
                .toList();
        if (!unknown.isEmpty()) {
            String described = unknown.stream().map(key -> key + " (from " + configuration.origin(key) + ")")
                    .collect(Collectors.joining(", "));
            throw new StartupException("Unknown configuration key" + (unknown.size() == 1 ? " " : "s ") + described
                    + ". Known keys: " + String.join(", ", AppKeys.names()) + ", and provider settings "
                    + AppKeys.BACKEND_SETTINGS + "<name>.<setting> and " + AppKeys.ENDPOINT_SETTINGS
                    + "<name>.<setting> (the providers command lists them). Correct or remove the key.");
        }
    }

    private static String origins(Configuration configuration) {
        String given = AppKeys.names().stream()
                .filter(key -> configuration.value(key).isPresent())
                .map(key -> key + " from " + configuration.origin(key))
                .collect(Collectors.joining(", "));
        return given.isEmpty() ? "nothing (only defaults)" : given;
    }
}
