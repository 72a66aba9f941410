package dev.outbound.port.contract;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.AGENT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The backend contract: what every {@link OutboundBackend} must do, whatever is behind it. A backend adapter's
 * test extends this class and implements {@link #createBackend}, loading the {@link ContractScenario} its own way.
 *
 * <p>The contract in words: records are delivered a chain at a time, to one agent at a time, only while their
 * campaign is started and pulled by agents (or pushed, in push modes), never when their phone is on the Do Not
 * Call list or they are scheduled for later. A delivered record is held by its agent until RecordReject (back to
 * the pool), RequestRecordCancel (out of the campaign) or RecordProcessed (finished, unless the agent rescheduled
 * it: then it comes back at the callback time, to that agent only for a personal callback). Requests on a handle
 * the agent does not hold fail with RECORD_NOT_FOUND and change nothing. Requests before RecordProcessed may be
 * repeated.
 */
public abstract class BackendContractTest {
    /** How long to wait for an asynchronous event to happen at all (not a measure of speed). */
    protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);

    protected ContractScenario scenario;
    protected ContractClock clock;
    protected OutboundBackend backend;

    /** Creates the backend under test, loaded with {@code scenario}, reading time from {@code clock}. */
    protected abstract OutboundBackend createBackend(ContractScenario scenario, ContractClock clock);

    @BeforeEach
    void createBackendUnderTest() {
        scenario = ContractScenario.standard();
        clock = new ContractClock(ContractScenario.START);
        backend = createBackend(scenario, clock);
    }

    @AfterEach
    void closeBackendUnderTest() {
        backend.close();
    }

    // ------------------------------------------------------------------------------------------ helpers

    protected DeliveredRecord pull(AgentId agent, String campaign) {
        return backend.previewRecordRequest(agent, campaign);
    }

    /** Pulls until the campaign answers NO_RECORDS_AVAILABLE; the delivered records in order. */
    protected List<DeliveredRecord> drain(AgentId agent, String campaign) {
        List<DeliveredRecord> delivered = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try {
                delivered.add(pull(agent, campaign));
            } catch (OutboundException e) {
                assertThat(e.code()).as("the end of a campaign's records").isEqualTo(ErrorCode.NO_RECORDS_AVAILABLE);
                return delivered;
            }
        }
        throw new AssertionError("campaign " + campaign + " kept delivering records: " + delivered.size());
    }

    protected static List<ChainId> chainIds(List<DeliveredRecord> delivered) {
        return delivered.stream().map(d -> d.chain().id()).toList();
    }

    protected static RecordHandle handle(DeliveredRecord delivered) {
        return delivered.chain().delivered().handle();
    }

    protected List<ChainId> scenarioChains(String campaign) {
        return scenario.campaign(campaign).chains().stream().map(Chain::id).toList();
    }

    protected static void assertFails(ErrorCode code, Runnable request) {
        assertThatThrownBy(request::run)
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(code));
    }

    // ------------------------------------------------------------------------------------------ campaigns

    @Test
    void campaignStatusListsTheGroupsCampaignsWithModeAndState() {
        List<Campaign> expected = scenario.campaigns().stream().map(ContractScenario.CampaignData::campaign).toList();

        assertThat(backend.campaignStatus(AGENT_A)).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------ pulling

    @Nested
    class Pulling {
        @Test
        void aPullDeliversAChainWithTheDeliveredRecordFirstAndTheCampaignsFields() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);

            assertThat(delivered.campaign().name()).isEqualTo(ContractScenario.PREVIEW);
            Chain expected = scenario.campaign(ContractScenario.PREVIEW).chains().stream()
                    .filter(c -> c.id().equals(delivered.chain().id())).findFirst().orElseThrow();
            assertThat(delivered.chain().handles()).containsExactlyInAnyOrderElementsOf(expected.handles());
            assertThat(delivered.chain().delivered().handle()).isEqualTo(expected.delivered().handle());
            assertThat(delivered.chain().delivered().phone()).isEqualTo(expected.delivered().phone());
            assertThat(delivered.chain().delivered().attributes()).containsEntry("Custom_Note",
                    expected.delivered().attributes().get("Custom_Note"));
            assertThat(delivered.fields().find("Custom_Note")).isPresent();
            assertThat(delivered.fields().find("GSW_PHONE")).isPresent();
        }

        @Test
        void everyChainIsDeliveredOnceAndThenNoRecordsAreAvailable() {
            List<DeliveredRecord> delivered = drain(AGENT_A, ContractScenario.PREVIEW);

            assertThat(chainIds(delivered)).containsExactlyInAnyOrderElementsOf(
                    scenarioChains(ContractScenario.PREVIEW));
        }

        @Test
        void twoAgentsNeverGetTheSameChain() {
            List<DeliveredRecord> toA = new ArrayList<>();
            List<DeliveredRecord> toB = new ArrayList<>();
            toA.add(pull(AGENT_A, ContractScenario.PREVIEW));
            toB.add(pull(AGENT_B, ContractScenario.PREVIEW));
            toA.addAll(drain(AGENT_A, ContractScenario.PREVIEW));
            toB.addAll(drain(AGENT_B, ContractScenario.PREVIEW));

            List<ChainId> all = new ArrayList<>(chainIds(toA));
            all.addAll(chainIds(toB));
            assertThat(all).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(scenarioChains(ContractScenario.PREVIEW));
        }

        @Test
        void anEmptyCampaignHasNoRecordsAvailable() {
            assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> pull(AGENT_A, ContractScenario.EMPTY));
        }

        @Test
        void anUnknownCampaignIsNotFound() {
            assertFails(ErrorCode.CAMPAIGN_NOT_FOUND, () -> pull(AGENT_A, "No Such Campaign"));
        }

        @Test
        void aLoadedCampaignAndAPushCampaignCannotBePulled() {
            assertFails(ErrorCode.CAMPAIGN_NOT_ACTIVE, () -> pull(AGENT_A, ContractScenario.LOADED));
            assertFails(ErrorCode.CAMPAIGN_NOT_ACTIVE, () -> pull(AGENT_A, ContractScenario.PUSH));
        }
    }

    // ------------------------------------------------------------------------------------------ chains

    @Nested
    class Chains {
        @Test
        void chainedRecordsStartWithTheRequestedRecord() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);

            Chain chain = backend.chainedRecordRequest(AGENT_A, handle(delivered));

            assertThat(chain.delivered().handle()).isEqualTo(handle(delivered));
            assertThat(chain.handles()).containsExactlyInAnyOrderElementsOf(delivered.chain().handles());
        }

        @Test
        void anotherAgentsRecordIsNotFoundAndStaysWithItsAgent() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);

            assertFails(ErrorCode.RECORD_NOT_FOUND, () -> backend.chainedRecordRequest(AGENT_B, handle(delivered)));
            assertFails(ErrorCode.RECORD_NOT_FOUND, () -> backend.recordReject(AGENT_B, handle(delivered)));
            assertThat(backend.chainedRecordRequest(AGENT_A, handle(delivered)).id())
                    .isEqualTo(delivered.chain().id());
        }
    }

    // ------------------------------------------------------------------------------------------ dispositions

    @Nested
    class Dispositions {
        @Test
        void aRejectedRecordGoesBackToThePoolForAnyAgent() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);

            backend.recordReject(AGENT_A, handle(delivered));

            assertFails(ErrorCode.RECORD_NOT_FOUND, () -> backend.chainedRecordRequest(AGENT_A, handle(delivered)));
            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).contains(delivered.chain().id());
        }

        @Test
        void aCancelledChainIsNotDeliveredAgain() {
            List<DeliveredRecord> all = drain(AGENT_A, ContractScenario.PREVIEW);
            DeliveredRecord cancelled = all.get(0);

            backend.requestRecordCancel(AGENT_A, handle(cancelled), ChainScope.ALL_CHAIN);
            all.subList(1, all.size()).forEach(d -> backend.recordReject(AGENT_A, handle(d)));

            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW)))
                    .containsExactlyInAnyOrderElementsOf(chainIds(all.subList(1, all.size())));
        }

        @Test
        void completionStatsAreStoredAndProcessedRecordsAreFinished() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            RecordHandle handle = handle(delivered);

            backend.updateCallCompletionStats(AGENT_A, handle, Optional.of(CallResult.ANSWER),
                    Map.of("Custom_Note", "called back", "Custom_Score", 7L));
            CallingListRecord updated = backend.chainedRecordRequest(AGENT_A, handle).delivered();
            assertThat(updated.callResult()).isEqualTo(CallResult.ANSWER);
            assertThat(updated.attributes()).containsEntry("Custom_Note", "called back")
                    .containsEntry("Custom_Score", 7L);

            backend.recordProcessed(AGENT_A, handle, CallResult.ANSWER, Map.of("Custom_Note", "done"));

            assertFails(ErrorCode.RECORD_NOT_FOUND, () -> backend.chainedRecordRequest(AGENT_A, handle));
            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).doesNotContain(delivered.chain().id());
        }

        @Test
        void doNotCallBlocksThePhoneInEveryChain() {
            List<DeliveredRecord> all = drain(AGENT_A, ContractScenario.PREVIEW);
            List<DeliveredRecord> shared = all.stream()
                    .filter(d -> d.chain().delivered().phone().equals(ContractScenario.SHARED_PHONE)).toList();
            assertThat(shared).as("two chains share a phone").hasSize(2);
            DeliveredRecord marked = shared.get(0);

            backend.doNotCall(AGENT_A, handle(marked), ChainScope.ALL_CHAIN);
            backend.recordProcessed(AGENT_A, handle(marked), CallResult.DO_NOT_CALL, Map.of());
            all.stream().filter(d -> d != marked).forEach(d -> backend.recordReject(AGENT_A, handle(d)));

            List<ChainId> redelivered = chainIds(drain(AGENT_B, ContractScenario.PREVIEW));
            assertThat(redelivered).doesNotContain(marked.chain().id(), shared.get(1).chain().id());
            assertThat(redelivered).hasSize(all.size() - 2);
        }

        /** What a mark done retried after a failure sends: every step before RecordProcessed a second time. */
        @Test
        void requestsBeforeProcessedMayBeRepeated() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            RecordHandle handle = handle(delivered);
            Callback callback = new Callback(ContractScenario.START.plus(Duration.ofHours(2)), CallbackType.CAMPAIGN);

            for (int i = 0; i < 2; i++) {
                backend.updateCallCompletionStats(AGENT_A, handle, Optional.of(CallResult.BUSY), Map.of());
                backend.recordReschedule(AGENT_A, handle, callback);
            }
            backend.recordProcessed(AGENT_A, handle, CallResult.BUSY, Map.of());

            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).as("not before the callback's time")
                    .doesNotContain(delivered.chain().id());
            clock.advance(Duration.ofHours(2));
            DeliveredRecord callbackDue = drain(AGENT_B, ContractScenario.PREVIEW).stream()
                    .filter(d -> d.chain().id().equals(delivered.chain().id())).findFirst()
                    .orElseThrow(() -> new AssertionError("the campaign callback did not come back at its time"));
            assertThat(callbackDue.chain().require(handle).callResult()).isEqualTo(CallResult.BUSY);
        }
    }

    // ------------------------------------------------------------------------------------------ rescheduling

    @Nested
    class Rescheduling {
        @Test
        void aCallbackThatIsNotInTheFutureIsRefusedAndChangesNothing() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            RecordHandle handle = handle(delivered);

            assertFails(ErrorCode.RESCHEDULE_IN_PAST, () -> backend.recordReschedule(AGENT_A, handle,
                    new Callback(ContractScenario.START, CallbackType.PERSONAL)));
            assertFails(ErrorCode.RESCHEDULE_IN_PAST, () -> backend.recordReschedule(AGENT_A, handle,
                    new Callback(ContractScenario.START.minus(Duration.ofDays(1)), CallbackType.CAMPAIGN)));

            backend.recordReject(AGENT_A, handle);
            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).as("back in the pool, not a callback")
                    .contains(delivered.chain().id());
        }

        @Test
        void aPersonalCallbackComesBackAtItsTimeToItsAgentOnly() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            RecordHandle handle = handle(delivered);
            backend.recordReschedule(AGENT_A, handle,
                    new Callback(ContractScenario.START.plus(Duration.ofHours(1)), CallbackType.PERSONAL));
            backend.recordProcessed(AGENT_A, handle, CallResult.ANSWER, Map.of());

            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).doesNotContain(delivered.chain().id());
            clock.advance(Duration.ofHours(1));
            assertThat(chainIds(drain(AGENT_B, ContractScenario.PREVIEW))).as("not to another agent")
                    .doesNotContain(delivered.chain().id());
            assertThat(pull(AGENT_A, ContractScenario.PREVIEW).chain().id()).as("due callbacks come first")
                    .isEqualTo(delivered.chain().id());
        }

        @Test
        void aCampaignCallbackComesBackAtItsTimeToAnyAgent() {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            RecordHandle handle = handle(delivered);
            backend.recordReschedule(AGENT_A, handle,
                    new Callback(ContractScenario.START.plus(Duration.ofMinutes(30)), CallbackType.CAMPAIGN));
            backend.recordProcessed(AGENT_A, handle, CallResult.NO_ANSWER, Map.of());

            clock.advance(Duration.ofMinutes(29));
            List<DeliveredRecord> early = drain(AGENT_B, ContractScenario.PREVIEW);
            assertThat(chainIds(early)).doesNotContain(delivered.chain().id());
            early.forEach(d -> backend.recordReject(AGENT_B, handle(d)));
            clock.advance(Duration.ofMinutes(1));
            assertThat(pull(AGENT_B, ContractScenario.PREVIEW).chain().id()).isEqualTo(delivered.chain().id());
        }
    }

    // ------------------------------------------------------------------------------------------ unknown handles

    static Stream<Arguments> requestsOnAHandle() {
        Callback callback = new Callback(ContractScenario.START.plus(Duration.ofHours(1)), CallbackType.CAMPAIGN);
        return Stream.of(
                Arguments.of("ChainedRecordRequest", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.chainedRecordRequest(AGENT_A, h)),
                Arguments.of("RecordReject", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.recordReject(AGENT_A, h)),
                Arguments.of("RequestRecordCancel", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.requestRecordCancel(AGENT_A, h, ChainScope.ALL_CHAIN)),
                Arguments.of("UpdateCallCompletionStats", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.updateCallCompletionStats(AGENT_A, h, Optional.of(CallResult.OK), Map.of())),
                Arguments.of("RecordReschedule", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.recordReschedule(AGENT_A, h, callback)),
                Arguments.of("DoNotCall", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.doNotCall(AGENT_A, h, ChainScope.RECORD_ONLY)),
                Arguments.of("RecordProcessed", (BiConsumer<OutboundBackend, RecordHandle>)
                        (b, h) -> b.recordProcessed(AGENT_A, h, CallResult.OK, Map.of())));
    }

    @ParameterizedTest(name = "{0} on an unknown handle")
    @MethodSource("requestsOnAHandle")
    void requestsOnAnUnknownHandleAreNotFound(String request, BiConsumer<OutboundBackend, RecordHandle> call) {
        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> call.accept(backend, RecordHandle.of(999_999)));
    }

    @ParameterizedTest(name = "{0} on a processed handle")
    @MethodSource("requestsOnAHandle")
    void requestsOnAProcessedHandleAreNotFound(String request, BiConsumer<OutboundBackend, RecordHandle> call) {
        RecordHandle handle = handle(pull(AGENT_A, ContractScenario.PREVIEW));
        backend.recordProcessed(AGENT_A, handle, CallResult.ANSWER, Map.of());

        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> call.accept(backend, handle));
    }

    // ------------------------------------------------------------------------------------------ push preview

    @Nested
    class DirectPushPreview {
        @Test
        void afterStartRecordsArePushedOneAtATimeUntilStop() throws InterruptedException {
            RecordingListener listener = new RecordingListener();
            try (OutboundBackend.Registration ignored = backend.subscribe(listener)) {
                backend.previewDialingModeStart(AGENT_A);

                Heard.Pushed first = listener.await(Heard.Pushed.class, p -> p.agent().equals(AGENT_A), 1,
                        EVENT_TIMEOUT).get(0);
                assertThat(first.record().campaign().name()).isEqualTo(ContractScenario.PUSH);
                Thread.sleep(200);
                assertThat(listener.heard(Heard.Pushed.class)).as("the next waits for the current one").hasSize(1);

                backend.recordProcessed(AGENT_A, handle(first.record()), CallResult.ANSWER, Map.of());
                Heard.Pushed second = listener.await(Heard.Pushed.class, p -> p.agent().equals(AGENT_A), 2,
                        EVENT_TIMEOUT).get(1);
                assertThat(second.record().chain().id()).isNotEqualTo(first.record().chain().id());

                backend.previewDialingModeOver(AGENT_A);
                backend.recordReject(AGENT_A, handle(second.record()));
                Thread.sleep(200);
                assertThat(listener.heard(Heard.Pushed.class)).as("nothing after stop").hasSize(2);
            }
        }

        @Test
        void pushedRecordsCannotBePulled() {
            backend.previewDialingModeStart(AGENT_A);
            backend.previewDialingModeOver(AGENT_A);

            assertFails(ErrorCode.CAMPAIGN_NOT_ACTIVE, () -> pull(AGENT_B, ContractScenario.PUSH));
        }
    }

    // ------------------------------------------------------------------------------------------ calls

    @Test
    void aPlacedCallConnectsOrEndsWithAnOutcome() {
        RecordingListener listener = new RecordingListener();
        try (OutboundBackend.Registration ignored = backend.subscribe(listener)) {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            InteractionId callId = InteractionId.of("contract-call-1");

            backend.placeCall(AGENT_A, callId, handle(delivered), delivered.chain().delivered().phone());

            listener.await(Heard.class, h -> (h instanceof Heard.Connected c && c.callId().equals(callId))
                    || (h instanceof Heard.Ended e && e.callId().equals(callId)), 1, EVENT_TIMEOUT);
            backend.releaseCall(AGENT_A, callId);
        }
    }

    @Test
    void dialingRefusesANumberOnTheDoNotCallList() {
        List<DeliveredRecord> all = drain(AGENT_A, ContractScenario.PREVIEW);
        List<DeliveredRecord> shared = all.stream()
                .filter(d -> d.chain().delivered().phone().equals(ContractScenario.SHARED_PHONE)).toList();
        backend.doNotCall(AGENT_A, handle(shared.get(0)), ChainScope.RECORD_ONLY);

        assertFails(ErrorCode.NUMBER_ON_DO_NOT_CALL_LIST, () -> backend.placeCall(AGENT_A, InteractionId.of("c1"),
                handle(shared.get(1)), ContractScenario.SHARED_PHONE));
        DeliveredRecord other = all.stream().filter(d -> !shared.contains(d)).findFirst().orElseThrow();
        assertFails(ErrorCode.NUMBER_ON_DO_NOT_CALL_LIST, () -> backend.placeCall(AGENT_A, InteractionId.of("c2"),
                handle(other), ContractScenario.SHARED_PHONE));
    }

    /** The agent may correct a number with spaces or dashes: a listed number stays listed however it is written. */
    @Test
    void dialingRefusesANumberOnTheDoNotCallListWrittenAnotherWay() {
        List<DeliveredRecord> all = drain(AGENT_A, ContractScenario.PREVIEW);
        DeliveredRecord shared = all.stream()
                .filter(d -> d.chain().delivered().phone().equals(ContractScenario.SHARED_PHONE)).findFirst()
                .orElseThrow();
        backend.doNotCall(AGENT_A, handle(shared), ChainScope.RECORD_ONLY);
        DeliveredRecord other = all.stream().filter(d -> !d.chain().delivered().phone()
                .equals(ContractScenario.SHARED_PHONE)).findFirst().orElseThrow();

        for (String written : List.of(ContractScenario.SHARED_PHONE_SPACED, ContractScenario.SHARED_PHONE_DASHED)) {
            assertFails(ErrorCode.NUMBER_ON_DO_NOT_CALL_LIST, () -> backend.placeCall(AGENT_A,
                    InteractionId.of("c-" + written.length()), handle(other), written));
        }
    }

    @Test
    void dialingRefusesARecordOutsideItsCallingWindow() {
        DeliveredRecord withClosedNumber = drain(AGENT_A, ContractScenario.PREVIEW).stream()
                .filter(d -> d.chain().records().stream().anyMatch(r -> r.phone().equals(ContractScenario.CLOSED_PHONE)))
                .findFirst().orElseThrow();
        CallingListRecord closed = withClosedNumber.chain().records().stream()
                .filter(r -> r.phone().equals(ContractScenario.CLOSED_PHONE)).findFirst().orElseThrow();

        assertThat(withClosedNumber.chain().delivered().phone()).as("the open number is delivered")
                .isNotEqualTo(ContractScenario.CLOSED_PHONE);
        assertFails(ErrorCode.OUTSIDE_CALLING_WINDOW, () -> backend.placeCall(AGENT_A, InteractionId.of("c3"),
                closed.handle(), closed.phone()));
    }

    @Test
    void aRecordOnACallDoesNotGoStaleAndAnEndedCallIsQuiet() {
        RecordingListener listener = new RecordingListener();
        try (OutboundBackend.Registration ignored = backend.subscribe(listener)) {
            DeliveredRecord delivered = pull(AGENT_A, ContractScenario.PREVIEW);
            InteractionId callId = InteractionId.of("contract-call-2");
            backend.placeCall(AGENT_A, callId, handle(delivered), delivered.chain().delivered().phone());
            listener.await(Heard.class, h -> h instanceof Heard.Connected || h instanceof Heard.Ended, 1,
                    EVENT_TIMEOUT);

            backend.releaseCall(AGENT_A, callId);
            backend.releaseCall(AGENT_A, callId);

            assertThat(backend.chainedRecordRequest(AGENT_A, handle(delivered)).delivered().attempts())
                    .as("the attempt is counted").isEqualTo(1);
        }
    }

    @Test
    void aCallNeedsARecordTheAgentHolds() {
        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> backend.placeCall(AGENT_A, InteractionId.of("c"),
                RecordHandle.of(999_999), "+15550000001"));
    }
}
