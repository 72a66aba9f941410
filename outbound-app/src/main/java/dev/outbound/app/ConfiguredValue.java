package dev.outbound.app;

/**
 * One configured value and where it came from, such as {@code environment variable OUTBOUND_BACKEND}, so that an
 * error can say which source to correct.
 */
record ConfiguredValue(String value, String origin) {
    ConfiguredValue {
        if (value == null || origin == null) {
            throw new IllegalArgumentException("a configured value needs a value and an origin");
        }
    }
}
