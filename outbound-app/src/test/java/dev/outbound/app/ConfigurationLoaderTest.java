package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {
    @TempDir
    Path directory;

    @Test
    void laterSourcesWinFileThenEnvironmentThenSystemPropertiesThenCommandLine() throws IOException {
        Path file = write("outbound.backend=from-file\n"
                + "outbound.endpoints=from-file\n"
                + "outbound.do-not-call.scope=from-file\n"
                + "outbound.cancel.scope=from-file\n");
        Map<String, String> environment = Map.of(
                "OUTBOUND_ENDPOINTS", "from-environment",
                "OUTBOUND_DO__NOT__CALL_SCOPE", "from-environment",
                "OUTBOUND_CANCEL_SCOPE", "from-environment");
        Properties system = properties("outbound.do-not-call.scope", "from-system",
                "outbound.cancel.scope", "from-system");
        Map<String, ConfiguredValue> commandLine = Map.of(
                "outbound.cancel.scope", new ConfiguredValue("from-command-line", "command line option --x"));

        Configuration configuration = new ConfigurationLoader(environment, system).load(Optional.of(file),
                commandLine);

        assertThat(configuration.value("outbound.backend")).contains("from-file");
        assertThat(configuration.origin("outbound.backend")).isEqualTo("file " + file);
        assertThat(configuration.value("outbound.endpoints")).contains("from-environment");
        assertThat(configuration.origin("outbound.endpoints")).isEqualTo("environment variable OUTBOUND_ENDPOINTS");
        assertThat(configuration.value("outbound.do-not-call.scope")).contains("from-system");
        assertThat(configuration.origin("outbound.do-not-call.scope"))
                .isEqualTo("system property -Doutbound.do-not-call.scope");
        assertThat(configuration.value("outbound.cancel.scope")).contains("from-command-line");
        assertThat(configuration.origin("outbound.cancel.scope")).isEqualTo("command line option --x");
    }

    @Test
    void keysNobodySetTakeTheirDefaultsLater() {
        Configuration configuration = loader().load(Optional.empty(), Map.of());

        assertThat(configuration.keys()).isEmpty();
        assertThat(configuration.value("outbound.backend")).isEmpty();
        assertThat(configuration.origin("outbound.backend")).isEqualTo(Configuration.DEFAULT_ORIGIN);
    }

    @Test
    void readsOnlyKeysUnderOutbound() throws IOException {
        Path file = write("outbound.backend=mock\nlogback.root=DEBUG\n");
        Map<String, String> environment = Map.of("PATH", "/usr/bin", "OUTBOUND_ENDPOINTS", "service");
        Properties system = properties("java.version", "17", "outbound.cancel.scope", "RecordOnly",
                "outboundx.backend", "x");

        Configuration configuration = new ConfigurationLoader(environment, system).load(Optional.of(file), Map.of());

        assertThat(configuration.keys())
                .containsExactly("outbound.backend", "outbound.cancel.scope", "outbound.endpoints");
    }

    @Test
    void readsTheFileAsUtf8() throws IOException {
        Path file = write("outbound.backend.mock.data=Zoë\n");

        Configuration configuration = loader().load(Optional.of(file), Map.of());

        assertThat(configuration.value("outbound.backend.mock.data")).contains("Zoë");
    }

    @Test
    void aMissingFileIsAStartupErrorNamingIt() {
        Path missing = directory.resolve("nowhere.properties");

        assertThatThrownBy(() -> loader().load(Optional.of(missing), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The configuration file " + missing.toAbsolutePath())
                .hasMessageContaining("does not exist");
    }

    @Test
    void anUnreadableFileIsAStartupErrorNamingIt() {
        assertThatThrownBy(() -> loader().load(Optional.of(directory), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The configuration file " + directory.toAbsolutePath())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aMalformedFileIsAStartupErrorNamingIt() throws IOException {
        Path file = write("outbound.backend=\\uZZZZ\n");

        assertThatThrownBy(() -> loader().load(Optional.of(file), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("Malformed \\uxxxx encoding");
    }

    private static ConfigurationLoader loader() {
        return new ConfigurationLoader(Map.of(), new Properties());
    }

    private Path write(String content) throws IOException {
        Path file = directory.resolve("outbound.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
