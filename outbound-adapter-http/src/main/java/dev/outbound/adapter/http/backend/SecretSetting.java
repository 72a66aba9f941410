package dev.outbound.adapter.http.backend;

import dev.outbound.port.spi.SettingSpec;
import java.util.Optional;

/**
 * The {@code secret} setting of both halves: the shared secret sent as {@code Authorization: Bearer <secret>}.
 * It is required (there is no default a deployment could forget to change), at least
 * {@value #MIN_LENGTH} characters, without white space.
 */
public final class SecretSetting {
    /** The shortest secret accepted. */
    public static final int MIN_LENGTH = 8;

    private SecretSetting() {}

    /** The setting, described for its side. */
    public static SettingSpec spec(String description) {
        String allowed = "at least " + MIN_LENGTH + " characters without white space";
        return new SettingSpec("secret", description, Optional.empty(), allowed, value -> {
            String secret = value.strip();
            return secret.length() < MIN_LENGTH || secret.chars().anyMatch(Character::isWhitespace)
                    ? Optional.of("expected " + allowed) : Optional.empty();
        });
    }
}
