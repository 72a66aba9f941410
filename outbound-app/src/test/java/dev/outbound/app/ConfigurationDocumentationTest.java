package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.port.spi.SettingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md describes every application key, its default and its environment variable, and every
 * setting of the providers this repository builds, with its default.
 */
class ConfigurationDocumentationTest {

    @Test
    void documentsEverySettingOfTheInstalledProvidersWithItsDefault() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "configuration.md"));
        java.util.List<String> prefixes = new java.util.ArrayList<>();
        java.util.List<java.util.List<SettingSpec>> settings = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(dev.outbound.port.spi.BackendProvider.class).forEach(p -> {
            prefixes.add("outbound.backend." + p.name() + ".");
            settings.add(p.settings());
        });
        java.util.ServiceLoader.load(dev.outbound.port.spi.EndpointProvider.class).forEach(p -> {
            prefixes.add("outbound.endpoint." + p.name() + ".");
            settings.add(p.settings());
        });

        assertThat(prefixes).as("the providers of this repository are on the test class path")
                .contains("outbound.backend.mock.", "outbound.backend.http.", "outbound.endpoint.service.",
                        "outbound.endpoint.backend-server.");
        for (int i = 0; i < prefixes.size(); i++) {
            for (SettingSpec spec : settings.get(i)) {
                String shownDefault = spec.defaultValue().map(d -> d.isEmpty() ? "(empty)" : "`" + d + "`")
                        .orElse("required");
                assertThat(documentation).contains("| `" + prefixes.get(i) + spec.key() + "` | " + shownDefault
                        + " |");
            }
        }
    }

    @Test
    void documentsEveryKeyWithItsDefaultAndVariable() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "configuration.md"));

        for (SettingSpec spec : AppKeys.specs()) {
            String key = ConfigurationLoader.PREFIX + spec.key();
            assertThat(documentation)
                    .contains("| `" + key + "` | `" + spec.defaultValue().orElseThrow() + "` |")
                    .contains("| `" + EnvironmentNames.variableOf(key) + "` | `" + key + "` |");
        }
    }
}
