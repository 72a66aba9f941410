package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chain;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chainIds;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.officeHours;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record is delivered only while its calling window is open on its own clock. Two customers may both be called
 * from 09:00 to 17:00; at the fixture's start it is 09:30 in New York and 23:30 in Tokyo.
 */
class CallingWindowDeliveryTest {
    private static final String CAMPAIGN = "Windows";
    private static final long EST = -5 * 3600L;
    private static final long JST = 9 * 3600L;
    private static final ChainId TOKYO = ChainId.of(1);
    private static final ChainId NEW_YORK = ChainId.of(2);

    /** The Tokyo customer comes first in the list, so the New York one is delivered only by skipping it. */
    private final SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN,
            chain(officeHours(1, 1, "+81355500101", "JST", JST)),
            chain(officeHours(2, 2, "+12125550102", "EST", EST)))));

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void onlyTheRecordWhoseWindowIsOpenInItsOwnZoneIsDelivered() {
        assertThat(chainIds(sim.drain(AGENT_A, CAMPAIGN))).containsExactly(NEW_YORK);
    }

    @Test
    void aRecordOutsideItsWindowIsNotDeliveredToAnyAgent() {
        sim.pull(AGENT_A, CAMPAIGN);

        assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> sim.pull(AGENT_B, CAMPAIGN));
    }

    @Test
    void theClosedRecordIsDeliveredOnceItsWindowOpensInItsZone() {
        sim.drain(AGENT_A, CAMPAIGN);

        sim.clock.advance(Duration.ofHours(9).plusMinutes(29));
        assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> sim.pull(AGENT_B, CAMPAIGN));
        sim.clock.advance(Duration.ofMinutes(1));

        assertThat(sim.pull(AGENT_B, CAMPAIGN).chain().id()).as("09:00 in Tokyo").isEqualTo(TOKYO);
    }

    @Test
    void aRecordWhoseWindowClosedIsNoLongerDelivered() {
        sim.clock.advance(Duration.ofHours(7).plusMinutes(31));

        assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> sim.pull(AGENT_A, CAMPAIGN));
    }

    @Test
    void aRejectedRecordWhoseWindowClosedMeanwhileWaitsForItsNextOpening() {
        DeliveredRecord newYork = sim.pull(AGENT_A, CAMPAIGN);
        sim.clock.advance(Duration.ofHours(8));
        sim.server.recordReject(AGENT_A, SimulatorFixture.handle(newYork));

        assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> sim.pull(AGENT_B, CAMPAIGN));
        sim.clock.advance(Duration.ofHours(16));
        assertThat(chainIds(sim.drain(AGENT_B, CAMPAIGN))).as("the next day, 09:30 in New York")
                .containsExactly(NEW_YORK);
    }

    @Test
    void aChainIsDeliveredThroughTheFirstNumberWhoseWindowIsOpen() {
        try (SimulatorFixture mixed = new SimulatorFixture(data(preview(CAMPAIGN, chain(
                officeHours(10, 5, "+81355500110", "JST", JST),
                officeHours(11, 5, "+12125550111", "EST", EST)))))) {

            DeliveredRecord delivered = mixed.pull(AGENT_A, CAMPAIGN);

            assertThat(delivered.chain().delivered().handle()).isEqualTo(RecordHandle.of(11));
            assertThat(delivered.chain().handles()).containsExactly(RecordHandle.of(11), RecordHandle.of(10));
        }
    }
}
