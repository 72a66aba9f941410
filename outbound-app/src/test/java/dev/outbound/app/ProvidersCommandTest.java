package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.SpiVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersCommandTest {
    private final ConsoleCapture capture = new ConsoleCapture();

    @Test
    void listsEveryProviderWithItsSpiVersionClassAndSettings() {
        InstalledProviders installed = InstalledProviders.of(
                List.of(FakeBackendProvider.withSettings("mock",
                        SettingSpec.integer("size", "records in the demo list", 10, 0, 100),
                        SettingSpec.text("data", "a data file", null))),
                List.of(new FakeEndpointProvider("service", SpiVersion.CURRENT,
                        List.of(SettingSpec.bool("tls", "serves HTTPS", false)), List.of())));

        int status = run(installed);

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).isEqualTo(lines(
                "This application implements SPI version " + SpiVersion.CURRENT + ".",
                "",
                "Backend providers (select one with outbound.backend):",
                "  mock  SPI " + SpiVersion.CURRENT + "  " + FakeBackendProvider.class.getName(),
                "      outbound.backend.mock.size = 10",
                "          records in the demo list (a whole number from 0 to 100)",
                "      outbound.backend.mock.data, required",
                "          a data file (any text)",
                "",
                "Endpoint providers (start them with outbound.endpoints):",
                "  service  SPI " + SpiVersion.CURRENT + "  " + FakeEndpointProvider.class.getName(),
                "      outbound.endpoint.service.tls = false",
                "          serves HTTPS (one of true, false)"));
    }

    @Test
    void saysWhenNothingIsInstalled() {
        run(InstalledProviders.of(List.of(), List.of()));

        assertThat(capture.out()).contains(lines("Backend providers (select one with outbound.backend):",
                "  none installed"))
                .contains(lines("Endpoint providers (start them with outbound.endpoints):", "  none installed"));
    }

    @Test
    void showsEmptyDefaultsAndProvidersWithoutSettings() {
        run(InstalledProviders.of(List.of(FakeBackendProvider.withSettings("mock",
                SettingSpec.text("data", "a data file", ""))), List.of(new FakeEndpointProvider("x", List.of()))));

        assertThat(capture.out()).contains("      outbound.backend.mock.data = (empty)")
                .contains(lines("  x  SPI " + SpiVersion.CURRENT + "  " + FakeEndpointProvider.class.getName(),
                        "      no settings"));
    }

    @Test
    void marksProvidersThatCannotBeSelected() {
        run(InstalledProviders.of(List.of(new FakeBackendProvider("mock"), new FakeBackendProvider("mock"),
                new FakeBackendProvider("old", SpiVersion.CURRENT + 1, List.of(), null)), List.of()));

        assertThat(capture.out())
                .contains("  mock  SPI " + SpiVersion.CURRENT + "  " + FakeBackendProvider.class.getName()
                        + "  [cannot be selected: 2 providers have this name]")
                .contains("  old  SPI " + (SpiVersion.CURRENT + 1) + "  " + FakeBackendProvider.class.getName()
                        + "  [cannot be selected: built for SPI " + (SpiVersion.CURRENT + 1) + "]");
    }

    @Test
    void takesNoArguments() {
        int status = new CommandLine(new Commands(List.of(new ProvidersCommand(
                () -> InstalledProviders.of(List.of(), List.of())))), "test", capture.console)
                .run(List.of("providers", "--all"));

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: providers: unknown option --all; this command takes none");
    }

    private int run(InstalledProviders installed) {
        return new CommandLine(new Commands(List.of(new ProvidersCommand(() -> installed))), "test",
                capture.console).run(List.of("providers"));
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
