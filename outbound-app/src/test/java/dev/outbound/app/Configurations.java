package dev.outbound.app;

import java.util.Map;
import java.util.TreeMap;

/** Builds configurations for tests; every key comes from "the test". */
final class Configurations {
    static final String ORIGIN = "the test";

    private Configurations() {}

    /** The keys and values given as alternating arguments. */
    static Configuration of(String... keysAndValues) {
        Map<String, ConfiguredValue> entries = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], new ConfiguredValue(keysAndValues[i + 1], ORIGIN));
        }
        return new Configuration(entries);
    }
}
