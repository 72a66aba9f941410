package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chain;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.record;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.port.out.DeliveredRecord;
import org.junit.jupiter.api.Test;

/**
 * A calling list may hold a record's offset from another season (Sydney's standard +10:00 in January, when Sydney
 * is on +11:00). OCS sends {@code GSW_TZ_OFFSET} as in force at the moment, so a client that reads the customer's
 * clock from it, as the Service Client API documentation suggests, reads it right.
 */
class SentTimeZoneOffsetTest {
    private static final String CAMPAIGN = "Sydney";

    @Test
    void aRecordIsSentWithTheOffsetInForceNowAndListedAsItWas() {
        try (SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN, chain(
                with(record(1, 1, "+61255500101"), "GSW_TZ_NAME", "AEST", "GSW_TZ_OFFSET", 36000L),
                with(record(2, 1, "+61255500102"), "GSW_TZ_NAME", "AEST", "GSW_TZ_OFFSET", 36000L)))))) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);
            Chain chained = sim.server.chainedRecordRequest(AGENT_A, handle(delivered));

            assertThat(delivered.chain().records()).extracting(r -> r.timeZone().offsetSeconds())
                    .containsExactly(39600, 39600);
            assertThat(chained.records()).extracting(r -> r.timeZone().offsetSeconds())
                    .containsExactly(39600, 39600);
            assertThat(delivered.chain().toFlat().get(0)).containsEntry("GSW_TZ_OFFSET", 39600L);
            assertThat(delivered.chain().records()).extracting(CallingListRecord::timeZone)
                    .allMatch(zone -> zone.zone().getId().equals("Australia/Sydney"));
        }
    }
}
