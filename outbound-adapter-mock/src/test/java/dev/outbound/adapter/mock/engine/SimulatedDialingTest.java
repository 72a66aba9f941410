package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chain;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Placing simulated calls through the simulator: outcomes by the dialing rule, release, attempts. */
class SimulatedDialingTest {
    private static final String CAMPAIGN = "Calls";
    private static final InteractionId CALL = InteractionId.of("call-1");

    private static SimulatorFixture simulatorWithPhone(String phone, Duration dialDelay) {
        return new SimulatorFixture(data(preview(CAMPAIGN, chain(record(1, 1, phone)))),
                new SimulatedOutboundContactServer.Options(Duration.ofMinutes(10), dialDelay, Duration.ofMillis(20)));
    }

    /** A short delay: the outcome comes at once for a person, and well after placeCall has returned. */
    private static SimulatorFixture simulatorWithPhone(String phone) {
        return simulatorWithPhone(phone, Duration.ofMillis(20));
    }

    private static boolean isOutcomeOf(Heard heard, InteractionId callId) {
        return (heard instanceof Heard.Connected connected && connected.callId().equals(callId))
                || (heard instanceof Heard.Ended ended && ended.callId().equals(callId));
    }

    @Test
    void anAnsweredCallConnects() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101")) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);

            sim.server.placeCall(AGENT_A, CALL, handle(delivered), delivered.chain().delivered().phone());

            Heard outcome = sim.listener.await(Heard.class, h -> isOutcomeOf(h, CALL), 1, EVENT_TIMEOUT).get(0);
            assertThat(outcome).isEqualTo(new Heard.Connected(AGENT_A, CALL));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"+15550000107, BUSY", "+15550000108, NO_ANSWER", "+15550000109, ANSWERING_MACHINE"})
    void aCallThatIsNotAnsweredEndsWithTheRulesOutcome(String phone, CallResult outcome) {
        try (SimulatorFixture sim = simulatorWithPhone(phone)) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);

            sim.server.placeCall(AGENT_A, CALL, handle(delivered), phone);

            Heard heard = sim.listener.await(Heard.class, h -> isOutcomeOf(h, CALL), 1, EVENT_TIMEOUT).get(0);
            assertThat(heard).isEqualTo(new Heard.Ended(AGENT_A, CALL, outcome));
        }
    }

    @Test
    void theNumberDialedDecidesTheOutcome() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101")) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);

            sim.server.placeCall(AGENT_A, CALL, handle(delivered), "+15550000107");

            Heard heard = sim.listener.await(Heard.class, h -> isOutcomeOf(h, CALL), 1, EVENT_TIMEOUT).get(0);
            assertThat(heard).isEqualTo(new Heard.Ended(AGENT_A, CALL, CallResult.BUSY));
        }
    }

    /**
     * Both calls ring for the same delay on the simulator's single timer, so the released call's outcome, were it
     * reported, would be heard before the second call's: hearing the second call's outcome is enough to know the
     * first one's never came.
     */
    @Test
    void aCallReleasedBeforeItConnectsReportsNoOutcome() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101", Duration.ofMillis(1500))) {
            RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));
            InteractionId released = InteractionId.of("released-call");
            InteractionId kept = InteractionId.of("kept-call");

            sim.server.placeCall(AGENT_A, released, held, "+15550000101");
            sim.server.releaseCall(AGENT_A, released);
            sim.server.placeCall(AGENT_A, kept, held, "+15550000101");

            sim.listener.await(Heard.class, h -> isOutcomeOf(h, kept), 1, EVENT_TIMEOUT);
            assertThat(sim.listener.heard()).noneMatch(h -> isOutcomeOf(h, released));
        }
    }

    @Test
    void releasingAConnectedCallIsHarmless() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101")) {
            RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));
            sim.server.placeCall(AGENT_A, CALL, held, "+15550000101");
            sim.listener.await(Heard.Connected.class, c -> c.callId().equals(CALL), 1, EVENT_TIMEOUT);

            sim.server.releaseCall(AGENT_A, CALL);
            sim.server.releaseCall(AGENT_A, InteractionId.of("never-placed"));

            assertThat(sim.server.chainedRecordRequest(AGENT_A, held).delivered().handle()).isEqualTo(held);
        }
    }

    @Test
    void placingACallCountsAnAttemptOnTheHeldRecord() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101")) {
            DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);
            RecordHandle held = handle(delivered);
            assertThat(delivered.chain().delivered().attempts()).isZero();

            sim.server.placeCall(AGENT_A, CALL, held, "+15550000101");
            assertThat(sim.server.chainedRecordRequest(AGENT_A, held).delivered().attempts()).isEqualTo(1);

            sim.server.placeCall(AGENT_A, InteractionId.of("call-2"), held, "+15550000101");
            assertThat(sim.server.chainedRecordRequest(AGENT_A, held).delivered().attempts()).isEqualTo(2);
        }
    }

    @Test
    void anAttemptLeavesTheRecordsCallResultToTheAgent() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000107")) {
            RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));

            sim.server.placeCall(AGENT_A, CALL, held, "+15550000107");
            sim.listener.await(Heard.Ended.class, e -> e.callId().equals(CALL), 1, EVENT_TIMEOUT);

            assertThat(sim.server.chainedRecordRequest(AGENT_A, held).delivered().callResult())
                    .isEqualTo(CallResult.UNKNOWN);
        }
    }

    /** With dial-delay-ms=0 (an allowed setting) every call must still report its outcome. */
    @Test
    void everyCallReportsItsOutcomeWithoutDialDelay() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101", Duration.ZERO)) {
            RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));
            List<InteractionId> calls = IntStream.range(0, 500).mapToObj(i -> InteractionId.of("call-" + i)).toList();

            calls.forEach(call -> sim.server.placeCall(AGENT_A, call, held, "+15550000101"));

            sim.listener.await(Heard.Connected.class, c -> true, calls.size(), EVENT_TIMEOUT);

            assertThat(sim.listener.heard(Heard.Connected.class)).extracting(Heard.Connected::callId)
                    .as("each call reported once").containsExactlyInAnyOrderElementsOf(calls);
        }
    }

    @Test
    void aCallOnARecordTheAgentNoLongerHoldsIsRefused() {
        try (SimulatorFixture sim = simulatorWithPhone("+15550000101")) {
            RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));
            sim.server.recordProcessed(AGENT_A, held, CallResult.ANSWER, Map.of());

            assertFails(ErrorCode.RECORD_NOT_FOUND, () -> sim.server.placeCall(AGENT_A, CALL, held, "+15550000101"));
        }
    }
}
