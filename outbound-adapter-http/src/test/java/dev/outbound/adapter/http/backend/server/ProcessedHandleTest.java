package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.port.contract.ContractScenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the protocol documents about a handle after RecordProcessed: it is finished (404 RECORD_NOT_FOUND) until it
 * is delivered again with the same handle, as a callback or in its chain; then requests on it work again for the
 * agent that holds it now, and only for that agent.
 */
class ProcessedHandleTest {
    private static final String A = ContractScenario.AGENT_A.value();
    private static final String B = ContractScenario.AGENT_B.value();

    private final ServerUnderTest stack = new ServerUnderTest(ContractScenario.standard());

    @AfterEach
    void stop() {
        stack.close();
    }

    private int chainedStatus(long handle, String agent) {
        return stack.wire.get("/records/" + handle + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + agent).status();
    }

    private void rescheduleAndProcess(long handle, String agent, String type) {
        long inAnHour = ContractScenario.START.plus(Duration.ofHours(1)).getEpochSecond();
        assertThat(stack.wire.post("/records/" + handle + "?req=RecordReschedule", ServerUnderTest.body(agent, "r",
                "\"GSW_DATE_TIME\":" + inAnHour + ",\"GSW_CALLBACK_TYPE\":\"" + type + "\"")).status()).isEqualTo(200);
        assertThat(stack.wire.post("/records/" + handle + "?req=RecordProcessed", ServerUnderTest.body(agent, "p",
                "\"GSW_CALL_RESULT\":33")).status()).isEqualTo(200);
    }

    @Test
    void aPersonalCallbackMakesTheHandleUsableAgainForItsAgentOnly() {
        long handle = stack.pull(A, "pull");
        rescheduleAndProcess(handle, A, "PERSONAL");

        WireClient.Answer finished = stack.wire.post("/records/" + handle + "?req=RecordReject",
                ServerUnderTest.body(A, "reject-1", ""));
        assertThat(finished.status()).isEqualTo(404);
        assertThat(finished.number()).isEqualTo(104);
        assertThat(chainedStatus(handle, A)).isEqualTo(404);

        stack.clock.advance(Duration.ofHours(1));
        assertThat(stack.pull(A, "callback")).as("delivered again with the same handle").isEqualTo(handle);

        assertThat(chainedStatus(handle, A)).isEqualTo(200);
        assertThat(chainedStatus(handle, B)).as("another agent does not hold it").isEqualTo(404);
        assertThat(stack.wire.post("/records/" + handle + "?req=RecordReject", ServerUnderTest.body(A, "reject-2",
                "")).status()).isEqualTo(200);
    }

    @Test
    void aChainDeliveredAgainWithItsOtherRecordsMakesTheProcessedHandleUsableForItsNewHolder() {
        long processed = stack.pull(A, "pull");
        assertThat(processed).as("chain 101: records 1001 and 1011").isEqualTo(1001);
        assertThat(stack.wire.post("/records/1001?req=DoNotCall", ServerUnderTest.body(A, "dnc",
                "\"GSW_CHAIN_ATTR\":\"RecordOnly\"")).status()).isEqualTo(200);
        assertThat(stack.wire.post("/records/1001?req=RecordProcessed", ServerUnderTest.body(A, "p",
                "\"GSW_CALL_RESULT\":33")).status()).isEqualTo(200);
        assertThat(chainedStatus(1001, A)).isEqualTo(404);

        long delivered = 0;
        for (int i = 0; i < 3 && delivered != 1011; i++) {
            delivered = stack.pull(B, "pull-" + i);
        }

        assertThat(delivered).as("the chain's other record is delivered to B").isEqualTo(1011);
        assertThat(chainedStatus(1001, B)).as("B holds the chain, the processed record included").isEqualTo(200);
        assertThat(chainedStatus(1001, A)).isEqualTo(404);
    }

    @Test
    void aCampaignCallbackMakesTheHandleUsableForWhicheverAgentGetsIt() {
        long handle = stack.pull(A, "pull");
        rescheduleAndProcess(handle, A, "CAMPAIGN");
        stack.clock.advance(Duration.ofHours(1));

        assertThat(stack.pull(B, "callback")).as("due callbacks come first").isEqualTo(handle);

        assertThat(chainedStatus(handle, B)).isEqualTo(200);
        assertThat(chainedStatus(handle, A)).as("the agent that processed it no longer holds it").isEqualTo(404);
    }
}
