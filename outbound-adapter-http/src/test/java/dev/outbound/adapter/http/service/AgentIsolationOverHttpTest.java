package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agent's token gives access to that agent's interactions only: to agent 2, agent 1's interactions do not exist.
 * Agent 2 cannot list them, read them, or act on them with any request that names an interaction (each is refused
 * with INTERACTION_NOT_FOUND, exactly as for an id that never existed), and agent 1's interactions stay as they were.
 *
 * <p>Agent 1 holds a preview (283), an answered call (285) and a completed call with pending changes (288); agent 2
 * holds nothing of the seed campaign.
 */
class AgentIsolationOverHttpTest {
    static ServiceFixture service;
    static final Map<String, String> agent1 = new HashMap<>();

    ObjectNode agent1Before;
    ObjectNode agent2Before;

    @BeforeAll
    static void start() {
        service = new ServiceFixture();
        agent1.put("preview", id(service.pullSeedHandle(AGENT1, 283)));
        agent1.put("answered call", service.answeredSeedCall(AGENT1, 285));
        String completed = service.completedSeedCall(AGENT1, 288);
        service.request(AGENT1, "outbound.setCallResult", completed, "33");
        service.request(AGENT1, "outbound.rescheduleRecord", completed, 288, "05/27/2040 10:55", "PERSONAL");
        service.request(AGENT1, "outbound.updateRecordFields", completed, Map.of("Custom_VarChar", "agent 1's note"));
        agent1.put("completed call", completed);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void snapshot() {
        agent1Before = service.agentState(AGENT1);
        agent2Before = service.agentState(AGENT2);
    }

    @AfterEach
    void agent1IsUntouched() {
        assertThat(service.agentState(AGENT1)).as("agent 1's interactions").isEqualTo(agent1Before);
    }

    @Test
    void agent2ListsNoneOfAgent1sInteractions() {
        assertThat(service.interactions(AGENT2)).isEmpty();
        assertThat(service.interactionIds(AGENT1)).containsExactlyInAnyOrderElementsOf(agent1.values());
    }

    static Stream<Arguments> agent1sInteractionsNamedByAgent2() {
        List<Arguments> rows = new ArrayList<>();
        for (String request : InteractionRequests.TEMPLATES.keySet()) {
            for (String which : List.of("preview", "answered call", "completed call")) {
                rows.add(Arguments.of(request, which));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "agent 2: {0} on agent 1''s {1}")
    @MethodSource("agent1sInteractionsNamedByAgent2")
    void agent2CannotSeeOrTouchAgent1sInteractionTheyDoNotExistForAgent2(String request, String which) {
        String id = agent1.get(which);

        ServiceFixture.Reply reply = service.call(AGENT2, request, InteractionRequests.parameters(request, id));

        String message = assertRefused(reply, 404, "INTERACTION_NOT_FOUND");
        assertThat(message).as("the refusal speaks of agent 2 only").contains("agent2").doesNotContain("agent1");
        assertThat(service.agentState(AGENT2)).isEqualTo(agent2Before);
    }

    @Test
    void aForeignIdIsRefusedExactlyLikeAnIdThatNeverExistedSoItRevealsNothing() {
        ServiceFixture.Reply foreign = service.request(AGENT2, "interaction.getByInteractionId",
                agent1.get("preview"));
        ServiceFixture.Reply unknown = service.request(AGENT2, "interaction.getByInteractionId", "999999");

        assertThat(foreign.status()).isEqualTo(unknown.status());
        assertThat(foreign.errorCode()).isEqualTo(unknown.errorCode());
        assertThat(foreign.body().get("errorMessage").stringValue().replace(agent1.get("preview"), "<id>"))
                .isEqualTo(unknown.body().get("errorMessage").stringValue().replace("999999", "<id>"));
    }

    @Test
    void rejectOrCancelWithoutAnIdActsOnlyOnTheCallersOwnPreviews() {
        assertRefused(service.call(AGENT2, "outbound.rejectPreviewRecord"), 404, "NO_PREVIEW_INTERACTION");
        assertRefused(service.call(AGENT2, "outbound.cancelPreviewRecord"), 404, "NO_PREVIEW_INTERACTION");
    }

    @Test
    void agent2CannotEndAgent1sSubscriptionAndGetsNoneOfAgent1sEvents() {
        String subscription = service.post(AGENT1, "{\"event\":\"subscribe\",\"data\":[\"interaction\"]}").body()
                .get("subscriptionId").stringValue();
        service.post(AGENT2, "{\"event\":\"subscribe\",\"data\":[\"outbound\",\"interaction\"]}");

        assertRefused(service.post(AGENT2, "{\"event\":\"unsubscribe\",\"data\":\"" + subscription + "\"}"), 404,
                "UNKNOWN_SUBSCRIPTION");

        try (EventStreamClient agent1Events = EventStreamClient.open(service, AGENT1);
             EventStreamClient agent2Events = EventStreamClient.open(service, AGENT2)) {
            service.request(AGENT1, "outbound.updateRecordFields", agent1.get("preview"),
                    Map.of("Custom_VarChar", "seen by agent 1 only"));
            service.request(AGENT1, "outbound.updateRecordFields", agent1.get("preview"), Map.of("Custom_VarChar", ""));

            EventStreamClient.Event event = agent1Events.next(Duration.ofSeconds(5));
            assertThat(event.interaction().get("interactionId").stringValue()).isEqualTo(agent1.get("preview"));
            assertThat(agent2Events.drain(Duration.ofMillis(300))).isEmpty();
        } finally {
            service.post(AGENT1, "{\"event\":\"unsubscribe\",\"data\":\"" + subscription + "\"}");
        }
        agent1Before = service.agentState(AGENT1); // the two updates above were agent 1's own
    }

    @Test
    void agent2NeverGetsARecordAgent1Holds() {
        List<Long> delivered = new ArrayList<>();
        for (ServiceFixture.Reply reply = service.request(AGENT2, "outbound.getPreviewRecord", SEED_CAMPAIGN);
                reply.status() == 200; reply = service.request(AGENT2, "outbound.getPreviewRecord", SEED_CAMPAIGN)) {
            delivered.add(reply.data().get("recordHandle").longValue());
            service.request(AGENT2, "outbound.cancelPreviewRecord", id(reply.data()));
        }

        assertThat(delivered).as("283, 285 and 288 are agent 1's").containsExactly(286L);
    }
}
