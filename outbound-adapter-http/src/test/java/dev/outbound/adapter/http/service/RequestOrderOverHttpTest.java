package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.Envelopes.assertSuccess;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests out of order, as a double click, a retry or a confused page sends them: reject after dial, call twice,
 * hang up twice, mark done twice, act on a preview that is gone. The second request is refused and the first one's
 * result stands. Each test starts a fresh service.
 */
class RequestOrderOverHttpTest {
    ServiceFixture service;

    @BeforeEach
    void start() {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void rejectAfterDialIsRefusedByThePreviewsIdWhichIsGoneAndByTheCallsIdWhichIsNoPreview() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        String call = id(service.dial(AGENT1, preview, 283));
        ObjectNode before = service.agentState(AGENT1);

        assertRefused(service.request(AGENT1, "outbound.rejectPreviewRecord", preview), 404,
                "INTERACTION_NOT_FOUND");
        assertRefused(service.request(AGENT1, "outbound.rejectPreviewRecord", call), 409,
                "WRONG_INTERACTION_STATE");
        assertRefused(service.call(AGENT1, "outbound.rejectPreviewRecord"), 404, "NO_PREVIEW_INTERACTION");

        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    @Test
    void callingTwiceDialsOnceTheSecondRequestIsRefusedWhicheverIdItNames() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        String call = id(service.dial(AGENT1, preview, 283));
        ObjectNode before = service.agentState(AGENT1);

        assertRefused(service.request(AGENT1, "outbound.callPreviewRecord", preview, 283), 404,
                "INTERACTION_NOT_FOUND");
        assertRefused(service.request(AGENT1, "outbound.callPreviewRecord", call, 284), 409,
                "WRONG_INTERACTION_STATE");

        assertThat(service.agentState(AGENT1)).isEqualTo(before);
        JsonNode records = service.request(AGENT1, "outbound.getChainedRecords", call).data().get(0).get("records");
        assertThat(records.get(0).get("GSW_ATTEMPTS").intValue()).as("283 was dialed once").isEqualTo(1);
        assertThat(records.get(1).get("GSW_ATTEMPTS").intValue()).as("284 was never dialed").isEqualTo(0);
    }

    @Test
    void hangingUpTwiceIsRefusedTheSecondTimeTheCallStaysCompleted() {
        String call = service.answeredSeedCall(AGENT1, 283);
        assertSuccess(service.request(AGENT1, "voice.hangUp", call), "voice.hangUp");
        ObjectNode before = service.agentState(AGENT1);

        assertRefused(service.request(AGENT1, "voice.hangUp", call), 409, "WRONG_INTERACTION_STATE");

        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    @Test
    void hangingUpAPreviewIsRefusedThereIsNoCallToEnd() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        ObjectNode before = service.agentState(AGENT1);

        String message = assertRefused(service.request(AGENT1, "voice.hangUp", preview), 409,
                "WRONG_INTERACTION_STATE");

        assertThat(message).contains("PREVIEWING");
        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    @Test
    void markingDoneTwiceIsRefusedTheSecondTimeTheInteractionIsFinished() {
        String call = service.completedSeedCall(AGENT1, 283);
        assertSuccess(service.request(AGENT1, "interaction.markdone", call), "interaction.markdone");

        assertRefused(service.request(AGENT1, "interaction.markdone", call), 404, "INTERACTION_NOT_FOUND");

        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    @Test
    void everyRequestOnAMarkedDoneInteractionIsRefusedItsRecordHandleIsDead() {
        String call = service.completedSeedCall(AGENT1, 283);
        service.request(AGENT1, "interaction.markdone", call);

        for (String request : InteractionRequests.TEMPLATES.keySet()) {
            assertRefused(service.call(AGENT1, request, InteractionRequests.parameters(request, call)), 404,
                    "INTERACTION_NOT_FOUND");
        }
        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    @Test
    void aPreviewRejectedThenCancelledIsRefusedTheSecondTime() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        assertSuccess(service.request(AGENT1, "outbound.rejectPreviewRecord", preview),
                "outbound.rejectPreviewRecord");

        assertRefused(service.request(AGENT1, "outbound.cancelPreviewRecord", preview), 404,
                "INTERACTION_NOT_FOUND");
        assertRefused(service.request(AGENT1, "outbound.rejectPreviewRecord", preview), 404,
                "INTERACTION_NOT_FOUND");
    }

    @Test
    void markingDoneACallStillConnectedIsRefusedUntilItIsHungUp() {
        String call = service.answeredSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setCallResult", call, "33");
        ObjectNode before = service.agentState(AGENT1);

        assertRefused(service.request(AGENT1, "interaction.markdone", call), 409, "WRONG_INTERACTION_STATE");
        assertThat(service.agentState(AGENT1)).isEqualTo(before);

        service.request(AGENT1, "voice.hangUp", call);
        assertSuccess(service.request(AGENT1, "interaction.markdone", call), "interaction.markdone");
    }

    @Test
    void aMarkDoneTheBackendRefusesLeavesTheInteractionOpenWithItsPendingChanges() {
        String call = service.completedSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setCallResult", call, "33");
        service.request(AGENT1, "outbound.updateRecordFields", call, Map.of("Custom_VarChar", "call back Monday"));
        service.request(AGENT1, "outbound.setDoNotCall", call);
        ObjectNode before = service.agentState(AGENT1);
        // behind the agent's back, the record is processed: the backend no longer knows the handle
        service.backend().recordProcessed(AgentId.of("agent1"), RecordHandle.of(283), CallResult.ANSWER, Map.of());

        Reply reply = service.request(AGENT1, "interaction.markdone", call);

        assertRefused(reply, 404, "RECORD_NOT_FOUND");
        assertThat(service.agentState(AGENT1)).as("still open, pending changes intact").isEqualTo(before);
        JsonNode interaction = service.request(AGENT1, "interaction.getByInteractionId", call).data();
        assertThat(interaction.get("callResult").intValue()).isEqualTo(33);
        assertThat(interaction.get("doNotCall").booleanValue()).isTrue();
        assertThat(interaction.get("record").get("Custom_VarChar").stringValue()).isEqualTo("call back Monday");
    }

    /**
     * OCS takes a record back when it is not processed in time (the stale timeout): the completed call that held it
     * is closed and the desktop is told; it stayed open before, with every mark done refused (RECORD_NOT_FOUND).
     */
    @Test
    void aCompletedCallWhoseRecordTheBackendTookBackIsClosed() throws InterruptedException {
        service.close();
        service = new ServiceFixture(Map.of("stale-timeout-ms", "300", "sweep-interval-ms", "20"), Map.of());
        String call = service.completedSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setCallResult", call, "33");

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (service.interactionIds(AGENT1).contains(call) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(service.interactionIds(AGENT1)).as("the stale call is closed").doesNotContain(call);
        assertRefused(service.request(AGENT1, "interaction.markdone", call), 404, "INTERACTION_NOT_FOUND");
    }

    /**
     * Found by these tests, failing: GSW_PHONE_TYPE is an optional field (isMandatory false, as in the seed), so
     * {@code updateRecordFields} accepts {@code {"GSW_PHONE_TYPE": null}} and clears it; but a record cannot exist
     * without a phone type, so mark done then fails with 400 INVALID_RECORD ("a record needs GSW_PHONE_TYPE") at
     * the first completion step, and keeps failing: the agent cannot finish the interaction until it puts a phone
     * type back. An accepted update must not make the interaction impossible to finish: either the update is
     * refused (the field is in effect mandatory) or mark done succeeds.
     */
    @Test
    void clearingTheOptionalPhoneTypeIsEitherRefusedOrLeavesARecordThatCanBeMarkedDone() {
        String call = service.completedSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setCallResult", call, "33");

        Reply update = service.request(AGENT1, "outbound.updateRecordFields", call,
                java.util.Collections.singletonMap("GSW_PHONE_TYPE", null));

        if (update.status() == 200) {
            Reply done = service.request(AGENT1, "interaction.markdone", call);
            assertThat(done.status()).as("mark done after an accepted update: %s", done.body()).isEqualTo(200);
        } else {
            assertRefused(update, 400, "FIELD_UPDATE_REJECTED");
        }
    }
}
