package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.Pulls;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.contract.ContractScenario.CampaignData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The server refuses, changing nothing, what the agent-facing service would refuse, so that a direct client of the
 * protocol cannot do what an agent cannot: a callback that is not after the server's now (its clock, not the wall
 * clock), a field the record's calling list does not have or does not let agents edit, a number that cannot be
 * dialed. What an agent may do still works: a callback in the future, editable fields, dialing a corrected number.
 */
class ServerSideChecksTest {
    private static final String AGENT = ContractScenario.AGENT_A.value();

    private final ServerUnderTest stack = new ServerUnderTest(withLockedField(ContractScenario.standard()));
    private final long held = stack.pull(AGENT, "setup");

    @AfterEach
    void stop() {
        stack.close();
    }

    /** The scenario with a field agents may not edit, Custom_Locked, in every calling list. */
    private static ContractScenario withLockedField(ContractScenario scenario) {
        List<CampaignData> campaigns = scenario.campaigns().stream().map(c -> {
            List<FieldDefinition> definitions = new ArrayList<>(c.fields().definitions());
            definitions.add(FieldDefinition.varChar("Custom_Locked", "Locked", false, false, 20));
            return new CampaignData(c.campaign(), new FieldCatalog(definitions), c.chains());
        }).toList();
        return new ContractScenario(scenario.agentGroup(), scenario.agents(), campaigns);
    }

    private WireClient.Answer onHeld(String request, String referenceId, String members) {
        return stack.wire.post("/records/" + held + "?req=" + request, ServerUnderTest.body(AGENT, referenceId,
                members));
    }

    private JsonNode heldRecord() {
        return stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + AGENT).json()
                .get("GSW_RECORDS").get(0);
    }

    // ------------------------------------------------------------------------------------------ RecordReschedule

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1970|1000",
            "an hour before the server's now (still after the wall clock's)|-3600",
            "exactly the server's now|0"})
    void aCallbackThatIsNotInTheFutureIsRefusedAndNothingIsScheduled(String what, long offsetOrEpoch) {
        long at = what.equals("1970") ? offsetOrEpoch : ContractScenario.START.getEpochSecond() + offsetOrEpoch;

        WireClient.Answer answer = onHeld("RecordReschedule", "r-1", "\"GSW_DATE_TIME\":" + at
                + ",\"GSW_CALLBACK_TYPE\":\"PERSONAL\"");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(232);
        assertThat(answer.code()).isEqualTo("RESCHEDULE_IN_PAST");
        assertThat(answer.error()).contains("not in the future", ContractScenario.START.toString());
        assertThat(onHeld("RecordProcessed", "p-1", "\"GSW_CALL_RESULT\":33").status()).isEqualTo(200);
        stack.clock.advance(Duration.ofDays(1));
        assertThat(Pulls.drain(stack.simulator, ContractScenario.AGENT_A, ContractScenario.PREVIEW))
                .as("no callback was scheduled: the processed chain is finished").hasSize(2);
    }

    @Test
    void aCallbackAfterTheServersNowIsScheduled() {
        long inAnHour = ContractScenario.START.plus(Duration.ofHours(1)).getEpochSecond();

        assertThat(onHeld("RecordReschedule", "r-2", "\"GSW_DATE_TIME\":" + inAnHour
                + ",\"GSW_CALLBACK_TYPE\":\"PERSONAL\"").status()).isEqualTo(200);
        assertThat(onHeld("RecordProcessed", "p-2", "\"GSW_CALL_RESULT\":33").status()).isEqualTo(200);
        stack.clock.advance(Duration.ofHours(1));
        assertThat(stack.pull(AGENT, "callback")).as("the callback comes back").isEqualTo(held);
    }

    // ------------------------------------------------------------------------------------------ field names

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UpdateCallCompletionStats|\"NoSuch\":\"x\"|222|UNKNOWN_FIELD|NoSuch is not a field",
            "UpdateCallCompletionStats|\"Custom_Locked\":\"x\"|223|FIELD_NOT_EDITABLE|Custom_Locked is not editable",
            "UpdateCallCompletionStats|\"GSW_ATTEMPTS\":0|222|UNKNOWN_FIELD|GSW_ATTEMPTS is not a field",
            "UpdateCallCompletionStats|\"NoSuch\":1,\"Custom_Locked\":\"x\"|221|FIELD_UPDATE_REJECTED|Custom_Locked",
            "RecordProcessed|\"GSW_CALL_RESULT\":33,\"NoSuch\":\"x\"|222|UNKNOWN_FIELD|NoSuch",
            "RecordProcessed|\"GSW_CALL_RESULT\":33,\"Custom_Locked\":\"x\"|223|FIELD_NOT_EDITABLE|Custom_Locked"})
    void aFieldThatIsUnknownOrNotEditableIsRefusedAndNothingIsStored(String request, String members, int number,
                                                                    String code, String named) {
        WireClient.Answer answer = onHeld(request, "f-1", "\"Custom_Note\":\"changed\"," + members);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(number);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.error()).contains(named, "nothing was changed");
        JsonNode record = heldRecord();
        assertThat(record.get("Custom_Note").stringValue()).as("still held, unchanged").startsWith("chain ");
        assertThat(record.has("NoSuch")).isFalse();
        assertThat(record.has("Custom_Locked")).isFalse();
    }

    @Test
    void editableFieldsAreStored() {
        assertThat(onHeld("UpdateCallCompletionStats", "f-2", "\"Custom_Note\":\"reached\",\"GSW_PHONE\":"
                + "\"+15550009999\"").status()).isEqualTo(200);

        assertThat(heldRecord().get("Custom_Note").stringValue()).isEqualTo("reached");
        assertThat(heldRecord().get("GSW_PHONE").stringValue()).isEqualTo("+15550009999");
    }

    @Test
    void aChainedRecordsFieldsAreCheckedAgainstTheSameCatalog() {
        long chained = stack.wire.get("/records/" + held + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + AGENT).json()
                .get("GSW_RECORDS").get(1).get("GSW_RECORD_HANDLE").longValue();

        WireClient.Answer answer = stack.wire.post("/records/" + chained + "?req=UpdateCallCompletionStats",
                ServerUnderTest.body(AGENT, "f-3", "\"Custom_Locked\":\"x\""));

        assertThat(answer.number()).as(answer.toString()).isEqualTo(223);
    }

    @Test
    void aPushedRecordsFieldsAreChecked() throws InterruptedException {
        stack.wire.post("/agents/" + ContractScenario.AGENT_B.value() + "?req=PreviewDialingModeStart",
                "{\"GSW_REFERENCE_ID\":\"push\"}");
        long pushed = waitForPushedHandle();

        WireClient.Answer answer = stack.wire.post("/records/" + pushed + "?req=UpdateCallCompletionStats",
                ServerUnderTest.body(ContractScenario.AGENT_B.value(), "f-4", "\"NoSuch\":\"x\""));

        assertThat(answer.number()).as(answer.toString()).isEqualTo(222);
    }

    private long waitForPushedHandle() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (long handle : List.of(2001L, 2002L)) {
                if (stack.wire.get("/records/" + handle + "?req=ChainedRecordRequest&GSW_AGENT_ID="
                        + ContractScenario.AGENT_B.value()).status() == 200) {
                    return handle;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no record was pushed");
    }

    // ------------------------------------------------------------------------------------------ MakeCall

    @ParameterizedTest
    @ValueSource(strings = {"call me", "1", "+", "555-CALL", "+1 (555) 010-0199 ext"})
    void aNumberThatCannotBeDialedIsRefused(String phone) {
        WireClient.Answer answer = stack.wire.post("/agents/" + AGENT + "/calls/c1?req=MakeCall",
                "{\"GSW_REFERENCE_ID\":\"m-1\",\"GSW_RECORD_HANDLE\":" + held + ",\"GSW_PHONE\":\"" + phone + "\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.number()).isEqualTo(201);
        assertThat(answer.error()).contains(phone, "cannot be dialed", "expected digits");
    }

    @Test
    void aCorrectedNumberOtherThanTheRecordsIsDialed() {
        WireClient.Answer answer = stack.wire.post("/agents/" + AGENT + "/calls/c2?req=MakeCall",
                "{\"GSW_REFERENCE_ID\":\"m-2\",\"GSW_RECORD_HANDLE\":" + held
                        + ",\"GSW_PHONE\":\"+1 (555) 010-0199\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("GSW_USER_EVENT").stringValue()).isEqualTo("MakeCallAcknowledge");
    }
}
