package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.port.spi.SettingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md describes every application key, its default and its environment variable. */
class ConfigurationDocumentationTest {

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
