package dev.outbound.adapter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The audit provider is found like any provider, selected by name, and wraps the backend it is told to. */
class AuditBackendProviderTest {
    static final AgentId AGENT = AgentId.of("agent1");

    static BackendProvider installed(String name) {
        return ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void serviceLoaderFindsItWithTheCurrentSpiVersion() {
        BackendProvider audit = installed("audit");

        assertThat(audit).isInstanceOf(AuditBackendProvider.class);
        assertThat(audit.spiVersion()).isEqualTo(SpiVersion.CURRENT);
        assertThat(audit.settings()).extracting(s -> s.key()).containsExactly("delegate", "delegate-settings");
    }

    @Test
    void selectedByConfigurationItWrapsTheNamedBackendAndCountsRequests() {
        BackendProvider audit = installed("audit");
        Settings settings = Settings.resolve("outbound.backend.audit.", audit.settings(),
                Map.of("delegate", "mock", "delegate-settings", "dial-delay-ms=0; stale-timeout-ms=60000"));

        try (OutboundBackend backend = audit.create(settings, Clock.systemUTC())) {
            DeliveredRecord record = backend.previewRecordRequest(AGENT, "Outbound Campaign Custom");
            backend.recordProcessed(AGENT, record.chain().delivered().handle(), CallResult.ANSWER, Map.of());
            assertThatThrownBy(() -> backend.chainedRecordRequest(AGENT, record.chain().delivered().handle()));

            AuditedBackend audited = (AuditedBackend) backend;
            assertThat(audited.requests()).isEqualTo(3);
            assertThat(audited.refusals()).isEqualTo(1);
        }
    }

    @Test
    void badDelegatesAreRefusedWithAMessageNamingTheKey() {
        BackendProvider audit = installed("audit");

        assertThatThrownBy(() -> audit.create(Settings.resolve("outbound.backend.audit.", audit.settings(),
                Map.of("delegate", "nope")), Clock.systemUTC()))
                .hasMessageContaining("outbound.backend.audit.delegate").hasMessageContaining("nope");
        assertThatThrownBy(() -> audit.create(Settings.resolve("outbound.backend.audit.", audit.settings(),
                Map.of("delegate", "audit")), Clock.systemUTC()))
                .hasMessageContaining("cannot wrap itself");
        assertThatThrownBy(() -> audit.create(Settings.resolve("outbound.backend.audit.", audit.settings(),
                Map.of("delegate-settings", "no-such-setting=1")), Clock.systemUTC()))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("no-such-setting");
    }
}
