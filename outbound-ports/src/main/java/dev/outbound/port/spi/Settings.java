package dev.outbound.port.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checked settings of one provider: every key is one the provider declared, every value passed its check,
 * and defaults fill what was not given. Providers read them with the typed getters.
 */
public final class Settings {
    private final String prefix;
    private final Map<String, String> values;

    private Settings(String prefix, Map<String, String> values) {
        this.prefix = prefix;
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Checks {@code given} (keys relative to {@code prefix}) against {@code specs} and fills in defaults.
     *
     * @param prefix how the keys are written in configuration, e.g. {@code outbound.backend.mock.}; used in
     *     messages only
     * @throws InvalidSettingsException listing every unknown key, missing required setting and invalid value
     */
    public static Settings resolve(String prefix, List<SettingSpec> specs, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        Map<String, SettingSpec> byKey = new TreeMap<>();
        specs.forEach(spec -> byKey.put(spec.key(), spec));
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(given).entrySet()) {
            SettingSpec spec = byKey.get(entry.getKey());
            if (spec == null) {
                problems.add("unknown setting " + prefix + entry.getKey() + "; known: "
                        + (byKey.isEmpty() ? "none" : String.join(", ", byKey.keySet().stream()
                                .map(key -> prefix + key).toList())));
                continue;
            }
            String value = entry.getValue() == null ? "" : entry.getValue();
            Optional<String> problem = spec.check().apply(value);
            if (problem.isPresent()) {
                problems.add(prefix + entry.getKey() + "=\"" + value + "\" is invalid: " + problem.get());
            } else {
                values.put(entry.getKey(), value.strip());
            }
        }
        for (SettingSpec spec : specs) {
            if (!given.containsKey(spec.key())) {
                if (spec.isRequired()) {
                    problems.add("missing setting " + prefix + spec.key() + " (" + spec.description() + "; "
                            + spec.allowed() + ")");
                } else {
                    values.put(spec.key(), spec.defaultValue().orElseThrow());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Settings(prefix, values);
    }

    /** Settings from the defaults alone. */
    public static Settings defaults(String prefix, List<SettingSpec> specs) {
        return resolve(prefix, specs, Map.of());
    }

    /** The text value of a declared key. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("setting " + prefix + key + " was not declared by the provider");
        }
        return value;
    }

    /** The value of an integer setting. */
    public long integer(String key) {
        return Long.parseLong(text(key));
    }

    /** The value of an integer setting read as milliseconds. */
    public Duration millis(String key) {
        return Duration.ofMillis(integer(key));
    }

    /** The value of a boolean setting. */
    public boolean bool(String key) {
        return Boolean.parseBoolean(text(key));
    }

    /** All values by key, defaults included. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Settings" + values;
    }
}
