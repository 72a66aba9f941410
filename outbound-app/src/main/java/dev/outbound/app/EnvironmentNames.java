package dev.outbound.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an environment variable names a configuration key: upper snake case, one {@code _} for each dot and a
 * double {@code __} for each dash. {@code OUTBOUND_BACKEND} is {@code outbound.backend},
 * {@code OUTBOUND_DO__NOT__CALL_SCOPE} is {@code outbound.do-not-call.scope} and
 * {@code OUTBOUND_BACKEND_MOCK_DATA} is {@code outbound.backend.mock.data}. Only variables starting with
 * {@code OUTBOUND_} are configuration.
 */
final class EnvironmentNames {
    /** The start of every variable read as configuration. */
    static final String PREFIX = "OUTBOUND_";

    private EnvironmentNames() {}

    /** The key a variable sets, or nothing when the variable is not configuration. */
    static Optional<String> keyOf(String variable) {
        if (!variable.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] dashSeparated = variable.toLowerCase(Locale.ROOT).split("__", -1);
        return Optional.of(Arrays.stream(dashSeparated)
                .map(part -> part.replace('_', '.'))
                .collect(Collectors.joining("-")));
    }

    /** The variable that sets a key: the inverse of {@link #keyOf(String)}. */
    static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace("-", "__").replace('.', '_');
    }
}
