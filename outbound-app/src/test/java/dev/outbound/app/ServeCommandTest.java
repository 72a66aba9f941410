package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.SpiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} through the command line, with fake providers and a stop signal that fires at once. */
class ServeCommandTest {
    @TempDir
    Path directory;

    private final List<String> journal = new ArrayList<>();
    private final FakeBackendProvider backend = new FakeBackendProvider("mock");
    private final FakeEndpointProvider service = new FakeEndpointProvider("service", SpiVersion.CURRENT,
            List.of(SettingSpec.integer("port", "the port", 8080, 0, 65_535)), journal);
    private final ImmediateStopSignal stopSignal = new ImmediateStopSignal();
    private final ConsoleCapture capture = new ConsoleCapture();

    @Test
    void startsPrintsEachAddressWaitsForTheStopSignalAndStops() {
        int status = run(Map.of(), "serve");

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("service: fake://service\nagent fake-agent token: fake-token-of-service\n",
                "Outbound is running; press Ctrl-C to stop.");
        assertThat(stopSignal.awaited).isEqualTo(1);
        assertThat(stopSignal.actions).hasSize(1);
        assertThat(journal).containsExactly("start service", "close service");
        verify(backend.backend).close();
    }

    @Test
    void theStopActionRegisteredForTheJvmClosesEverythingOnce() {
        run(Map.of(), "serve");

        stopSignal.actions.forEach(Runnable::run);

        assertThat(journal).containsExactly("start service", "close service");
        verify(backend.backend).close();
    }

    @Test
    void portSetsTheServiceEndpointsPort() {
        run(Map.of(), "serve", "--port", "0");

        assertThat(service.startedWith.get(0).integer("port")).isZero();
    }

    @Test
    void configReadsAPropertiesFileThatTheEnvironmentOverrides() throws IOException {
        Path file = directory.resolve("outbound.properties");
        Files.writeString(file, "outbound.endpoint.service.port=9000\noutbound.backend=mock\n");

        run(Map.of(), "serve", "--config", file.toString());
        assertThat(service.startedWith.get(0).integer("port")).isEqualTo(9000);

        run(Map.of("OUTBOUND_ENDPOINT_SERVICE_PORT", "9001"), "serve", "--config=" + file);
        assertThat(service.startedWith.get(1).integer("port")).isEqualTo(9001);

        run(Map.of("OUTBOUND_ENDPOINT_SERVICE_PORT", "9001"), "serve", "--config=" + file, "--port", "9002");
        assertThat(service.startedWith.get(2).integer("port")).isEqualTo(9002);
    }

    @Test
    void aPortThatIsNotAPortNumberIsAUsageError() {
        int status = run(Map.of(), "serve", "--port", "80a");

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: serve: --port expects a port number from 0 to 65535 "
                + "(0 picks a free port); was \"80a\"");
        assertThat(journal).isEmpty();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(run(Map.of(), "serve", "--port", "65536")).isEqualTo(CommandLine.USAGE);
        assertThat(run(Map.of(), "serve", "--port", "-1")).isEqualTo(CommandLine.USAGE);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int status = run(Map.of(), "serve", "--prot", "8080");

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: serve: unknown option --prot; known: --config, --port");
    }

    @Test
    void aMissingConfigFileFailsStartUp() {
        int status = run(Map.of(), "serve", "--config", directory.resolve("missing.properties").toString());

        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(capture.err()).startsWith("Outbound could not start. The configuration file ")
                .contains("missing.properties given with --config does not exist");
    }

    @Test
    void withoutAnEndpointProviderTheDefaultConfigurationFailsNamingTheMissingEndpoint() {
        CommandLine commandLine = commandLine(Map.of(), InstalledProviders.of(List.of(backend), List.of()));

        int status = commandLine.run(List.of("serve"));

        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(capture.err()).contains("Unknown endpoint provider \"service\" (outbound.endpoints from the "
                + "built-in default); known: none.");
        assertThat(backend.createdWith).isEmpty();
    }

    private int run(Map<String, String> environment, String... arguments) {
        return commandLine(environment, InstalledProviders.of(List.of(backend), List.of(service)))
                .run(List.of(arguments));
    }

    private CommandLine commandLine(Map<String, String> environment, InstalledProviders installed) {
        ConfigurationLoader loader = new ConfigurationLoader(environment, new Properties());
        Command serve = new ServeCommand(loader, new Launcher(() -> installed, TestClock.FIXED), stopSignal);
        return new CommandLine(new Commands(List.of(serve)), "test", capture.console);
    }
}
