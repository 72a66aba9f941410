package dev.outbound.app;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code outbound.*} keys given at start-up, each with its value and origin, after the sources have been
 * layered (a later source replaces an earlier one). Built-in defaults are not stored here: they belong to the
 * keys' declarations ({@link AppKeys}, each provider's settings), which fill in what is missing.
 */
final class Configuration {
    /** What {@link #origin(String)} answers for a key nobody set. */
    static final String DEFAULT_ORIGIN = "the built-in default";

    private final SortedMap<String, ConfiguredValue> entries;

    Configuration(Map<String, ConfiguredValue> entries) {
        this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /** A configuration with no key set: every key takes its default. */
    static Configuration empty() {
        return new Configuration(Map.of());
    }

    /** The value of a key, if a source set it. */
    Optional<String> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(ConfiguredValue::value);
    }

    /** Where the key's value came from, or {@link #DEFAULT_ORIGIN} when no source set it. */
    String origin(String key) {
        ConfiguredValue entry = entries.get(key);
        return entry == null ? DEFAULT_ORIGIN : entry.origin();
    }

    /** Every key a source set, sorted. */
    SortedSet<String> keys() {
        return new TreeSet<>(entries.keySet());
    }

    /** The keys starting with {@code prefix}, with the prefix removed, and their values. */
    Map<String, String> valuesUnder(String prefix) {
        Map<String, String> values = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), entry.value());
            }
        });
        return values;
    }

    /** Where each key starting with {@code prefix} came from, for error messages; empty when none is set. */
    String describeOrigins(String prefix) {
        return entries.keySet().stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key + " from " + origin(key))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "Configuration" + entries;
    }
}
