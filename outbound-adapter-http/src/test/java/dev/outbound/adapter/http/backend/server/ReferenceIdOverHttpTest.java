package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.adapter.http.backend.Pulls;
import dev.outbound.port.contract.ContractScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GSW_REFERENCE_ID} over HTTP: every reply to a POST whose body had a valid reference id echoes it, refusals
 * included (those found before the ledger, and the ledger's own 906); and a repeat is recognised by what it asks,
 * not by how its JSON is written: keys in another order or other white space are the same request.
 */
class ReferenceIdOverHttpTest {
    private static final String AGENT = ContractScenario.AGENT_A.value();
    private static final String PULL = "/campaigns/Contract%20Preview?req=PreviewRecordRequest";

    private final ServerUnderTest stack = new ServerUnderTest(ContractScenario.standard());
    private final long held = stack.pull(AGENT, "setup");

    @AfterEach
    void stop() {
        stack.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an agent id with a leading space|{\"GSW_AGENT_ID\":\" agent\",\"GSW_REFERENCE_ID\":\"r-1\"}|400|201",
            "an agent id that is not a string|{\"GSW_AGENT_ID\":7,\"GSW_REFERENCE_ID\":\"r-1\"}|400|901",
            "no agent id|{\"GSW_REFERENCE_ID\":\"r-1\"}|400|901",
            "a key the request does not take|{\"GSW_AGENT_ID\":\"x\",\"GSW_REFERENCE_ID\":\"r-1\","
                    + "\"GSW_PHONE\":\"1\"}|400|901",
            "a record the agent does not hold|{\"GSW_AGENT_ID\":\"x\",\"GSW_REFERENCE_ID\":\"r-1\"}|404|104"})
    void aRefusalEchoesTheReferenceId(String what, String body, int status, int number) {
        WireClient.Answer answer = stack.wire.post("/records/" + held + "?req=RecordReject", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.number()).isEqualTo(number);
        assertThat(answer.referenceId()).as(answer.toString()).contains("r-1");
    }

    @Test
    void aReplyEchoesNoReferenceIdWhenTheBodyHadNoValidOne() {
        WireClient.Answer blank = stack.wire.post("/records/" + held + "?req=RecordReject",
                "{\"GSW_AGENT_ID\":\"" + AGENT + "\",\"GSW_REFERENCE_ID\":\" \"}");
        WireClient.Answer notJson = stack.wire.post("/records/" + held + "?req=RecordReject", "{\"GSW_REFERENCE_ID\"");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.referenceId()).isEmpty();
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.referenceId()).isEmpty();
    }

    @Test
    void aReferenceIdReusedForAnotherRequestIsRefusedWithTheIdEchoed() {
        stack.wire.post(PULL, ServerUnderTest.body(AGENT, "pull-1", ""));

        WireClient.Answer reused = stack.wire.post("/records/" + held + "?req=RecordReject",
                ServerUnderTest.body(AGENT, "pull-1", ""));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.number()).isEqualTo(ErrorNumbers.REFERENCE_ID_REUSED);
        assertThat(reused.referenceId()).contains("pull-1");
        assertThat(stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + AGENT).status())
                .as("nothing was rejected").isEqualTo(200);
    }

    @Test
    void theSameBodyWithKeysInAnotherOrderAndOtherSpacingIsARepeat() {
        WireClient.Answer first = stack.wire.post(PULL, "{\"GSW_AGENT_ID\":\"" + AGENT
                + "\",\"GSW_REFERENCE_ID\":\"pull-2\"}");
        WireClient.Answer repeat = stack.wire.post(PULL, "{ \"GSW_REFERENCE_ID\" : \"pull-2\",\n  \"GSW_AGENT_ID\": \""
                + AGENT + "\" }");

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
        assertThat(repeat.json()).as("the first answer").isEqualTo(first.json());
        assertThat(Pulls.drain(stack.simulator, ContractScenario.AGENT_B, ContractScenario.PREVIEW))
                .as("two chains held by the agent, one left: the repeat pulled nothing").hasSize(1);
    }

    @Test
    void theSamePathEncodedAnotherWayIsARepeat() {
        WireClient.Answer first = stack.wire.post(PULL, ServerUnderTest.body(AGENT, "pull-3", ""));
        WireClient.Answer repeat = stack.wire.post("/campaigns/Contract%20%50review?req=PreviewRecordRequest",
                ServerUnderTest.body(AGENT, "pull-3", ""));

        assertThat(repeat.json()).as(repeat.toString()).isEqualTo(first.json());
    }

    @Test
    void aRepeatWithAnotherValueIsAnotherRequest() {
        String fields = "\"GSW_CALL_RESULT\":33,\"Custom_Score\":7";
        String changed = "\"Custom_Score\":8,\"GSW_CALL_RESULT\":33";
        String path = "/records/" + held + "?req=UpdateCallCompletionStats";

        assertThat(stack.wire.post(path, ServerUnderTest.body(AGENT, "s-1", fields)).status()).isEqualTo(200);
        WireClient.Answer other = stack.wire.post(path, ServerUnderTest.body(AGENT, "s-1", changed));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.number()).isEqualTo(ErrorNumbers.REFERENCE_ID_REUSED);
    }
}
