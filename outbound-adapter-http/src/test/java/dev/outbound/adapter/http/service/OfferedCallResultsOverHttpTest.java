package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.Envelopes.assertSuccess;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.result.OfferedCallResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A desktop that offers only some call results (WWE's option {@code outbound.call-result-values}): here ANSWER,
 * BUSY and NO_ANSWER, in that order. getListOfCallResults lists exactly those, and setCallResult refuses a real call
 * result code that is not among them.
 */
class OfferedCallResultsOverHttpTest {
    ServiceFixture service;
    String call;

    @BeforeEach
    void start() {
        service = new ServiceFixture(Map.of(), Map.of(), application -> application.offeredCallResults(
                OfferedCallResults.of(List.of(CallResult.ANSWER, CallResult.BUSY, CallResult.NO_ANSWER))));
        call = service.answeredSeedCall(AGENT1, 283);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void getListOfCallResultsListsTheOfferedResultsOnlyInTheConfiguredOrder() {
        JsonNode data = assertSuccess(service.call(AGENT1, "outbound.getListOfCallResults"),
                "outbound.getListOfCallResults");

        List<String> entries = new ArrayList<>();
        data.properties().forEach(e -> entries.add(e.getKey() + "=" + e.getValue().intValue()));
        assertThat(entries).containsExactly("ANSWER=33", "BUSY=6", "NO_ANSWER=7");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"0\"", "\"28\"", "51", "\"53\""})
    void aCallResultCodeThatIsNotOfferedIsRefusedNamingTheOfferedOnes(String callResult) {
        ObjectNode before = service.agentState(AGENT1);

        String message = assertRefused(service.call(AGENT1, "outbound.setCallResult", "[\"" + call + "\", "
                + callResult + "]"), 400, "CALL_RESULT_NOT_OFFERED");

        assertThat(message).contains("ANSWER 33, BUSY 6, NO_ANSWER 7");
        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    @Test
    void anOfferedCallResultIsTaken() {
        assertSuccess(service.request(AGENT1, "outbound.setCallResult", call, "7"), "outbound.setCallResult");

        assertThat(service.request(AGENT1, "outbound.getCallResult", call).data().intValue()).isEqualTo(7);
    }
}
