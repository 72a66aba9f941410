package dev.outbound.adapter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.mock.MockBackendProvider;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider named {@code mock}, as the application meets it: found by the service loader, configured under
 * {@code outbound.backend.mock.*}, creating a simulator loaded with the bundled data or a data file. (It lives in
 * this package because it is mostly about which data the simulator is loaded with.)
 */
class MockBackendProviderTest {
    private static final String PREFIX = "outbound.backend.mock.";
    private static final AgentId AGENT = AgentId.of("provider-agent");

    private final MockBackendProvider provider = new MockBackendProvider();
    private final ContractClock clock = new ContractClock(Instant.parse("2031-01-15T14:30:00Z"));

    private OutboundBackend create(Map<String, String> given) {
        return provider.create(Settings.resolve(PREFIX, provider.settings(), given), clock);
    }

    private static String smallFile() throws URISyntaxException {
        return Path.of(MockBackendProviderTest.class.getResource("/data/small-valid.json").toURI()).toString();
    }

    @Test
    void theServiceLoaderFindsItByName() {
        List<BackendProvider> mock = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("mock")).toList();

        assertThat(mock).hasSize(1);
        assertThat(mock.get(0)).isInstanceOf(MockBackendProvider.class);
    }

    @Test
    void itIsBuiltAgainstTheCurrentSpiVersion() {
        assertThat(provider.spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void itListsItsSettingsWithTheirDefaults() {
        Map<String, String> defaults = provider.settings().stream().collect(Collectors.toMap(SettingSpec::key,
                spec -> spec.defaultValue().orElseThrow(), (a, b) -> a, java.util.LinkedHashMap::new));

        assertThat(defaults).containsExactly(
                Map.entry("data", ""),
                Map.entry("extra-chains", "0"),
                Map.entry("extra-chains-campaign", ""),
                Map.entry("seed", "0"),
                Map.entry("stale-timeout-ms", "600000"),
                Map.entry("dial-delay-ms", "1500"),
                Map.entry("sweep-interval-ms", "250"));
    }

    @Test
    void itsNumericSettingsSayWhatIsAllowed() {
        Map<String, String> allowed = provider.settings().stream()
                .collect(Collectors.toMap(SettingSpec::key, SettingSpec::allowed));

        assertThat(allowed).containsEntry("extra-chains", "a whole number from 0 to 5000000")
                .containsEntry("seed", "a whole number from 0 to 2147483647")
                .containsEntry("stale-timeout-ms", "a whole number from 1 to 86400000")
                .containsEntry("dial-delay-ms", "a whole number from 0 to 60000")
                .containsEntry("sweep-interval-ms", "a whole number from 10 to 60000");
    }

    @Test
    void withoutADataFileTheSimulatorHoldsTheBundledData() {
        try (OutboundBackend backend = create(Map.of())) {
            assertThat(backend.campaignStatus(AGENT)).extracting(Campaign::name).containsExactly(
                    "Outbound Campaign Custom", "Preview Sales", "Direct Push Renewals", "Customer Survey",
                    "Predictive Collections");
            assertThat(backend.previewRecordRequest(AGENT, "Outbound Campaign Custom").chain().delivered().handle())
                    .as("the seed's record comes first").isEqualTo(RecordHandle.of(283));
        }
    }

    @Test
    void withADataFileTheSimulatorHoldsThatFile() throws URISyntaxException {
        try (OutboundBackend backend = create(Map.of("data", smallFile()))) {
            assertThat(backend.campaignStatus(AGENT)).extracting(Campaign::name)
                    .containsExactly("Test Preview", "Test Push");
        }
    }

    @Test
    void theStaleTimeoutSettingReachesTheSimulator() throws URISyntaxException {
        try (OutboundBackend backend = create(Map.of("data", smallFile(), "stale-timeout-ms", "1000",
                "sweep-interval-ms", "10"))) {
            RecordingListener listener = new RecordingListener();
            backend.subscribe(listener);
            RecordHandle held = backend.previewRecordRequest(AGENT, "Test Preview").chain().delivered().handle();

            clock.advance(Duration.ofSeconds(1));

            assertThat(listener.await(Heard.Withdrawn.class, w -> true, 1, Duration.ofSeconds(10)))
                    .containsExactly(new Heard.Withdrawn(AGENT, held));
        }
    }

    @Test
    void aMissingDataFileFailsNamingThePath() {
        Path missing = Path.of("no-such-directory", "demo-data.json");

        assertThatThrownBy(() -> create(Map.of("data", missing.toString())))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void anUnknownSettingFailsNamingTheFullKey() {
        assertThatThrownBy(() -> Settings.resolve(PREFIX, provider.settings(), Map.of("datafile", "x.json")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("outbound.backend.mock.datafile");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("extra-chains", "-1"),
                Arguments.of("extra-chains", "5000001"),
                Arguments.of("seed", "seven"),
                Arguments.of("stale-timeout-ms", "0"),
                Arguments.of("dial-delay-ms", "60001"),
                Arguments.of("sweep-interval-ms", "5"),
                Arguments.of("sweep-interval-ms", "1.5"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidValues")
    void anInvalidValueFailsNamingTheKeyAndWhatIsAllowed(String key, String value) {
        assertThatThrownBy(() -> Settings.resolve(PREFIX, provider.settings(), Map.of(key, value)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining(PREFIX + key)
                .hasMessageContaining("a whole number from");
    }
}
