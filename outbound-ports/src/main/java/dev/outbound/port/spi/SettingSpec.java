package dev.outbound.port.spi;

import dev.outbound.domain.Require;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One setting a provider accepts: its key (relative to the provider's prefix, e.g. {@code data} for
 * {@code outbound.backend.mock.data}), what it is for, its default (empty when the setting is required), and the
 * check of a given value, which answers a sentence saying what is wrong, or nothing.
 */
public record SettingSpec(String key, String description, Optional<String> defaultValue,
                          String allowed, Function<String, Optional<String>> check) {
    public SettingSpec {
        Require.nonBlank(key, "setting key");
        Require.nonBlank(description, "setting description");
        Require.present(defaultValue, "default value (empty when required)");
        Require.nonBlank(allowed, "allowed values");
        Require.present(check, "check");
    }

    /** Free text; the default may be {@code null} for a required setting. */
    public static SettingSpec text(String key, String description, String defaultValue) {
        return new SettingSpec(key, description, Optional.ofNullable(defaultValue), "any text",
                value -> Optional.empty());
    }

    /** A whole number in {@code [min, max]}. */
    public static SettingSpec integer(String key, String description, long defaultValue, long min, long max) {
        String allowed = "a whole number from " + min + " to " + max;
        return new SettingSpec(key, description, Optional.of(Long.toString(defaultValue)), allowed, value -> {
            try {
                long number = Long.parseLong(value.strip());
                return number < min || number > max ? Optional.of("expected " + allowed) : Optional.empty();
            } catch (NumberFormatException notANumber) {
                return Optional.of("expected " + allowed);
            }
        });
    }

    /** {@code true} or {@code false}. */
    public static SettingSpec bool(String key, String description, boolean defaultValue) {
        return oneOf(key, description, Boolean.toString(defaultValue), List.of("true", "false"));
    }

    /** One of a fixed list of values. */
    public static SettingSpec oneOf(String key, String description, String defaultValue, List<String> values) {
        String allowed = "one of " + String.join(", ", values);
        return new SettingSpec(key, description, Optional.ofNullable(defaultValue), allowed,
                value -> values.contains(value.strip()) ? Optional.empty() : Optional.of("expected " + allowed));
    }

    /** Whether the setting must be given. */
    public boolean isRequired() {
        return defaultValue.isEmpty();
    }
}
