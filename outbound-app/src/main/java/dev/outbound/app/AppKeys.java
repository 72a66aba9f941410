package dev.outbound.app;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.OfferedCallResults;
import dev.outbound.port.spi.SettingSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The application's own configuration keys, with their defaults and checks, declared as {@link SettingSpec}s
 * relative to {@code outbound.} (the same form providers use), plus the two families of provider settings.
 */
final class AppKeys {
    static final String BACKEND = "outbound.backend";
    static final String ENDPOINTS = "outbound.endpoints";
    static final String CALL_RESULT_VALUES = "outbound.call-result-values";
    static final String DO_NOT_CALL_SCOPE = "outbound.do-not-call.scope";
    static final String CANCEL_SCOPE = "outbound.cancel.scope";

    /** Settings of backend provider {@code <name>} are {@code outbound.backend.<name>.<setting>}. */
    static final String BACKEND_SETTINGS = "outbound.backend.";
    /** Settings of endpoint provider {@code <name>} are {@code outbound.endpoint.<name>.<setting>}. */
    static final String ENDPOINT_SETTINGS = "outbound.endpoint.";

    /** The endpoint started by default: the agents' service endpoint. */
    static final String SERVICE_ENDPOINT = "service";

    /** The value of {@link #CALL_RESULT_VALUES} that offers every call result. */
    static final String ALL_CALL_RESULTS = "all";

    private static final List<SettingSpec> SPECS = List.of(
            new SettingSpec(relative(BACKEND), "the backend provider to use", Optional.of("mock"),
                    "the name of an installed backend provider", AppKeys::checkBackendName),
            new SettingSpec(relative(ENDPOINTS), "the endpoint providers to start, in this order",
                    Optional.of(SERVICE_ENDPOINT),
                    "provider names separated by commas, each at most once; empty for none",
                    AppKeys::checkEndpointList),
            new SettingSpec(relative(CALL_RESULT_VALUES), "the call results offered to agents, in this order",
                    Optional.of(ALL_CALL_RESULTS), ALL_CALL_RESULTS + ", or call result names or codes separated by "
                    + "commas, e.g. ANSWER,BUSY,NO_ANSWER", AppKeys::checkCallResults),
            SettingSpec.oneOf(relative(DO_NOT_CALL_SCOPE),
                    "what a Do Not Call mark finishes at mark done: the whole chain or the record only",
                    ChainScope.ALL_CHAIN.wireName(), scopeNames()),
            SettingSpec.oneOf(relative(CANCEL_SCOPE),
                    "what cancelling a preview record takes out of the campaign: the whole chain or the record only",
                    ChainScope.ALL_CHAIN.wireName(), scopeNames()));

    private AppKeys() {}

    /** The application keys, relative to {@link ConfigurationLoader#PREFIX}. */
    static List<SettingSpec> specs() {
        return SPECS;
    }

    /** The application keys in full, e.g. {@code outbound.backend}. */
    static List<String> names() {
        return SPECS.stream().map(spec -> ConfigurationLoader.PREFIX + spec.key()).sorted().toList();
    }

    /** Whether a key is one of the provider settings families ({@code outbound.backend.<name>.<setting>}, ...). */
    static boolean isProviderSetting(String key) {
        return isUnder(key, BACKEND_SETTINGS) || isUnder(key, ENDPOINT_SETTINGS);
    }

    /** The scope whose OCS name is given; the name has passed the key's check. */
    static ChainScope scope(String wireName) {
        return Arrays.stream(ChainScope.values())
                .filter(scope -> scope.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a scope: " + wireName));
    }

    /** The offered call results a checked value names. */
    static OfferedCallResults callResults(String value) {
        return value.equals(ALL_CALL_RESULTS) ? OfferedCallResults.all() : OfferedCallResults.parseConfiguration(value);
    }

    /** The names of a checked endpoint list, in order. */
    static List<String> endpointNames(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static boolean isUnder(String key, String family) {
        if (!key.startsWith(family)) {
            return false;
        }
        int dot = key.indexOf('.', family.length());
        return dot > family.length() && dot < key.length() - 1;
    }

    private static Optional<String> checkBackendName(String value) {
        return value.isBlank()
                ? Optional.of("expected the name of a backend provider, such as mock")
                : Optional.empty();
    }

    private static Optional<String> checkEndpointList(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (names.contains("")) {
            return Optional.of("expected provider names separated by commas, found an empty name");
        }
        Set<String> seen = new HashSet<>();
        return names.stream().filter(name -> !seen.add(name)).findFirst()
                .map(twice -> "names \"" + twice + "\" twice; each endpoint is started once");
    }

    private static Optional<String> checkCallResults(String value) {
        if (value.strip().equals(ALL_CALL_RESULTS)) {
            return Optional.empty();
        }
        try {
            OfferedCallResults.parseConfiguration(value);
            return Optional.empty();
        } catch (OutboundException invalid) {
            return Optional.of(invalid.getMessage() + "; expected " + ALL_CALL_RESULTS
                    + " or call result names or codes separated by commas, e.g. ANSWER,BUSY,NO_ANSWER");
        }
    }

    private static List<String> scopeNames() {
        return Arrays.stream(ChainScope.values()).map(ChainScope::wireName).toList();
    }

    private static String relative(String key) {
        return key.substring(ConfigurationLoader.PREFIX.length());
    }
}
