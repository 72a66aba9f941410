package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests well formed as envelopes that the rules refuse: ids of interactions that do not exist or are finished,
 * record handles outside the chain, dates that are not real, past, or skipped by daylight saving in the record's
 * zone, callback types, call results, field updates, and requests in the wrong state. Each is refused with its
 * errorCode and status, and changes nothing: after each test agent 1 reads exactly what it read before.
 *
 * <p>Agent 1 holds, for the whole class:
 * <pre>
 *   P  preview of the seed chain 283/284 (ACT, Australia/Darwin, no daylight saving)
 *   E  preview of the seed chain 286/287 (EST, America/New_York)
 *   A  answered call on 285 (CET, Europe/Paris), with a pending CAMPAIGN reschedule
 *   D  completed call on 288 (AEST, Australia/Sydney), with Do Not Call pending
 *   S  preview of a "Preview Sales" record (its Plan field is an enum of basic, plus, premium), its phone
 *      changed to +33647099, a number on the bundled data's Do Not Call list
 * </pre>
 * and the ids of finished interactions: a rejected preview, a call marked done, and the preview that A replaced.
 */
class RefusalsOverHttpTest {
    static ServiceFixture service;
    static final Map<String, String> ids = new HashMap<>();
    static long salesHandle;

    ObjectNode before;

    @BeforeAll
    static void start() {
        service = new ServiceFixture();
        ids.put("P", id(service.pullSeedHandle(AGENT1, 283)));
        JsonNode previewOfA = service.pullSeedHandle(AGENT1, 285);
        ids.put("A", id(service.dial(AGENT1, id(previewOfA), 285)));
        ids.put("replaced by its call", id(previewOfA));
        service.request(AGENT1, "outbound.rescheduleRecord", ids.get("A"), 285, "07/01/2040 10:00", "CAMPAIGN");
        ids.put("E", id(service.pullSeedHandle(AGENT1, 286)));
        ids.put("D", service.completedSeedCall(AGENT1, 288));
        service.request(AGENT1, "outbound.setDoNotCall", ids.get("D"));

        String rejected = id(service.pull(AGENT1, "Preview Sales"));
        service.request(AGENT1, "outbound.rejectPreviewRecord", rejected);
        ids.put("rejected", rejected);
        ids.put("marked done", markedDoneCall());
        JsonNode sales = service.pull(AGENT1, "Preview Sales");
        ids.put("S", id(sales));
        salesHandle = sales.get("recordHandle").longValue();
        service.request(AGENT1, "outbound.updateRecordFields", id(sales), Map.of("GSW_PHONE", "+33647099"));
        ids.put("unknown", "999999");

        assertThat(service.interactionIds(AGENT1)).containsExactlyInAnyOrder(ids.get("P"), ids.get("A"),
                ids.get("E"), ids.get("D"), ids.get("S"));
    }

    /** A Preview Sales record dialed on a number that answers, hung up and marked done. */
    private static String markedDoneCall() {
        JsonNode preview = service.pull(AGENT1, "Preview Sales");
        service.request(AGENT1, "outbound.updateRecordFields", id(preview), Map.of("GSW_PHONE", "+15550100"));
        String call = id(service.dial(AGENT1, id(preview), preview.get("recordHandle").longValue()));
        service.request(AGENT1, "voice.hangUp", call);
        service.request(AGENT1, "outbound.setCallResult", call, "33");
        Reply done = service.request(AGENT1, "interaction.markdone", call);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        return call;
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void snapshot() {
        before = service.agentState(AGENT1);
    }

    @AfterEach
    void nothingChanged() {
        assertThat(service.agentState(AGENT1)).as("agent 1's interactions after the test").isEqualTo(before);
    }

    private static Reply send(String request, String parametersJson) {
        String parameters = parametersJson;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            parameters = parameters.replace("$" + id.getKey().replace(' ', '_'), id.getValue());
        }
        return service.call(AGENT1, request, parameters);
    }

    // ------------------------------------------------------------------------------------------ interaction ids

    static Stream<Arguments> unknownAndFinishedIds() {
        List<Arguments> rows = new ArrayList<>();
        for (String request : InteractionRequests.TEMPLATES.keySet()) {
            for (String which : List.of("unknown", "rejected", "marked done", "replaced by its call")) {
                rows.add(Arguments.of(request, which));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} interaction id")
    @MethodSource("unknownAndFinishedIds")
    void anUnknownOrFinishedInteractionIdIsNotFound(String request, String which) {
        Reply reply = service.call(AGENT1, request, InteractionRequests.parameters(request, ids.get(which)));

        String message = assertRefused(reply, 404, "INTERACTION_NOT_FOUND");
        assertThat(message).contains(ids.get(which));
    }

    // ------------------------------------------------------------------------------------------ record handles

    static Stream<Arguments> handlesOutsideTheChain() {
        return Stream.of(
                Arguments.of("outbound.callPreviewRecord", "[\"$P\", 285]",
                        "a record of another chain the agent holds"),
                Arguments.of("outbound.callPreviewRecord", "[\"$P\", 286]", "the first record of another chain"),
                Arguments.of("outbound.callPreviewRecord", "[\"$E\", 283]", "a record of P's chain, from E"),
                Arguments.of("outbound.callPreviewRecord", "[\"$P\", 999999]", "a handle that does not exist"),
                Arguments.of("outbound.callPreviewRecord", "[\"$P\", 1]", "the first handle there could be"),
                Arguments.of("outbound.rescheduleRecord", "[\"$P\", 287, \"05/27/2040 10:55\", \"PERSONAL\"]",
                        "the second record of another chain"),
                Arguments.of("outbound.rescheduleRecord", "[\"$A\", 283, \"05/27/2040 10:55\", \"CAMPAIGN\"]",
                        "a record the agent holds in another interaction"),
                Arguments.of("outbound.rescheduleRecord", "[\"$D\", 999999, \"05/27/2040 10:55\", \"PERSONAL\"]",
                        "a handle that does not exist"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("handlesOutsideTheChain")
    void aRecordHandleOutsideTheInteractionsChainIsNotFound(String request, String parameters, String what) {
        String message = assertRefused(send(request, parameters), 404, "RECORD_NOT_IN_CHAIN");

        assertThat(message).contains("is not part of this chain");
    }

    // ------------------------------------------------------------------------------------------ reschedule dates

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"02/30/2031 10:00", "13/01/2031 10:00", "01/01/2031 24:00", "1/1/31 9:5",
            "02/29/2031 10:00", "00/10/2031 10:00", "01/00/2031 10:00", "01/01/2031 10:60", "2031-01-01 10:00",
            "01/01/2031", "01/01/2031 10:00:00", "01/01/2031 10:00 PM", "01/01/2031 10 AM", "01-01-2031 10:00",
            "01/01/2031T10:00", " 01/01/2031 10:00", "01/01/2031 10:00 ", "01/01/2031  10:00", "01/01/2031 10.00",
            "01/01/0000 10:00", "\u0661\u0662/01/2031 10:00", "tomorrow 10:00"})
    void aRescheduleDateThatIsNotARealDateInTheStrictFormIsRefused(String date) {
        String message = assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get("E"), 286,
                date, "PERSONAL"), 400, "INVALID_RESCHEDULE_DATE");

        assertThat(message).contains("MM/DD/YYYY HH:MM");
    }

    @Test
    void theDateIsCheckedBeforeTheCallbackTypeSoTheFirstMistakeIsReportedFirst() {
        assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get("E"), 286, "02/30/2031 10:00",
                "personal"), 400, "INVALID_RESCHEDULE_DATE");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"05/27/2021 10:55", "01/01/2000 00:00", "12/31/1999 23:59", "01/01/0001 00:00"})
    void aRescheduleDateInThePastIsRefusedTheSeedsOwnSampleDateAmongThem(String date) {
        String message = assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get("E"), 286,
                date, "CAMPAIGN"), 400, "RESCHEDULE_IN_PAST");

        assertThat(message).contains(date).contains("EST (America/New_York)");
    }

    @Test
    void anHourAgoOnTheCustomersClockIsInThePastThoughItIsStillAheadOfTheAgentsUtcClock() {
        ZoneId darwin = ZoneId.of("Australia/Darwin"); // P's record: ACT, +09:30 all year
        String anHourAgo = LocalDateTime.now(darwin).minusHours(1)
                .format(DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm"));

        assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get("P"), 283, anHourAgo,
                "PERSONAL"), 400, "RESCHEDULE_IN_PAST");
    }

    static Stream<Arguments> daylightSavingGaps() {
        return Stream.of(
                Arguments.of("E", 286, "03/14/2032 02:30", "America/New_York", "EST: clocks go 02:00 -> 03:00"),
                Arguments.of("E", 287, "03/14/2032 02:00", "America/New_York", "the gap's first minute"),
                Arguments.of("E", 286, "03/14/2032 02:59", "America/New_York", "the gap's last minute"),
                Arguments.of("A", 285, "03/28/2032 02:30", "Europe/Paris", "CET: last Sunday of March"),
                Arguments.of("D", 288, "10/03/2032 02:30", "Australia/Sydney", "AEST: first Sunday of October"));
    }

    @ParameterizedTest(name = "{2} for {1} ({4})")
    @MethodSource("daylightSavingGaps")
    void aLocalTimeThatTheRecordsZoneSkipsForDaylightSavingIsRefused(String interaction, long handle, String date,
                                                                    String zone, String what) {
        LocalDateTime local = LocalDateTime.parse(date, DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm"));
        assertThat(ZoneId.of(zone).getRules().getValidOffsets(local)).as("%s does not exist in %s", date, zone)
                .isEmpty();

        String message = assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get(interaction),
                handle, date, "PERSONAL"), 400, "RESCHEDULE_IN_DST_GAP");

        assertThat(message).contains(zone).contains("clocks jump");
    }

    // ------------------------------------------------------------------------------------------ callback types

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"personal", "campaign", "Personal", "Campaign", "PERSONAL ", " CAMPAIGN", "CALLBACK",
            "AGENT", "GROUP", "0", "PERSONAL,CAMPAIGN", "PERSONAL\u0000"})
    void aCallbackTypeOtherThanExactlyCampaignOrPersonalIsRefusedCaseIsStrictSoLowerCasePersonalIsRefusedToo(
            String callbackType) {
        String message = assertRefused(service.request(AGENT1, "outbound.rescheduleRecord", ids.get("E"), 286,
                "05/27/2040 10:55", callbackType), 400, "INVALID_CALLBACK_TYPE");

        assertThat(message).contains("exactly CAMPAIGN or PERSONAL");
    }

    // ------------------------------------------------------------------------------------------ call results

    static Stream<Arguments> callResultsThatAreNotCodes() {
        return Stream.of(
                Arguments.of("\"abc\"", "letters"),
                Arguments.of("\"ANSWER\"", "a result's name instead of its code"),
                Arguments.of("\"3.5\"", "a decimal in a string"),
                Arguments.of("\"\"", "an empty string"),
                Arguments.of("\"  \"", "blanks"),
                Arguments.of("\"1e3\"", "an exponent"),
                Arguments.of("\"0x21\"", "hexadecimal"),
                Arguments.of("\"33a\"", "a number and more"),
                Arguments.of("\"+33\"", "a plus sign"),
                Arguments.of("\"\u0663\u0663\"", "Arabic-Indic digits"),
                Arguments.of("\"9223372036854775808\"", "nineteen digits"),
                Arguments.of("\"99\"", "a number that is no call result"),
                Arguments.of("\"-1\"", "a negative number"),
                Arguments.of("99", "a JSON number that is no call result"),
                Arguments.of("1", "1, between OK 0 and GENERAL_ERROR 3"),
                Arguments.of("100000", "a large JSON number"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("callResultsThatAreNotCodes")
    void aCallResultThatIsNotTheNumberOfACallResultIsRefused(String callResult, String what) {
        assertRefused(send("outbound.setCallResult", "[\"$A\", " + callResult + "]"), 400, "INVALID_CALL_RESULT");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"33\"", "6", "\"51\""})
    void aCallResultIsRefusedWhileDoNotCallIsPending(String callResult) {
        String message = assertRefused(send("outbound.setCallResult", "[\"$D\", " + callResult + "]"), 409,
                "CALL_RESULT_WHILE_DO_NOT_CALL");

        assertThat(message).contains("remove Do Not Call");
    }

    @Test
    void aCallResultIsRefusedOnAPreviewThereIsNoCallYet() {
        assertRefused(send("outbound.setCallResult", "[\"$P\", \"33\"]"), 409, "WRONG_INTERACTION_STATE");
    }

    // ------------------------------------------------------------------------------------------ field updates

    static Stream<Arguments> refusedFieldUpdates() {
        return Stream.of(
                // unknown names
                Arguments.of("P", "{\"NoSuchField\": \"x\"}", "NoSuchField:UNKNOWN_FIELD"),
                Arguments.of("P", "{\"gsw_phone\": \"+33647005\"}", "gsw_phone:UNKNOWN_FIELD"),
                Arguments.of("P", "{\"GSW_RECORD_HANDLE\": 1}", "GSW_RECORD_HANDLE:UNKNOWN_FIELD"),
                Arguments.of("P", "{\"\": \"x\"}", ":UNKNOWN_FIELD"),
                Arguments.of("S", "{\"Custom_VarChar\": \"x\"}", "Custom_VarChar:UNKNOWN_FIELD"),
                // not editable
                Arguments.of("P", "{\"Custom_Datetime\": \"2031-01-01 10:00:00\"}",
                        "Custom_Datetime:FIELD_NOT_EDITABLE"),
                Arguments.of("S", "{\"Customer_Name\": \"Ada Lovelace\"}", "Customer_Name:FIELD_NOT_EDITABLE"),
                Arguments.of("S", "{\"Account_Number\": 123456}", "Account_Number:FIELD_NOT_EDITABLE"),
                // wrong value types
                Arguments.of("P", "{\"GSW_PHONE\": 33647005}", "GSW_PHONE:WRONG_VALUE_TYPE"),
                Arguments.of("P", "{\"GSW_PHONE_TYPE\": \"9\"}", "GSW_PHONE_TYPE:WRONG_VALUE_TYPE"),
                Arguments.of("P", "{\"GSW_FROM\": 36000}", "GSW_FROM:WRONG_VALUE_TYPE"),
                Arguments.of("P", "{\"Custom_Integer\": \"7\"}", "Custom_Integer:WRONG_VALUE_TYPE"),
                Arguments.of("P", "{\"Custom_Float\": 16.64}", "Custom_Float:WRONG_VALUE_TYPE"),
                Arguments.of("P", "{\"Custom_Character\": true}", "Custom_Character:WRONG_VALUE_TYPE"),
                Arguments.of("S", "{\"Balance\": 12.5}", "Balance:WRONG_VALUE_TYPE"),
                // values the field type does not allow
                Arguments.of("P", "{\"GSW_FROM\": \"25:00\"}", "GSW_FROM:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"GSW_UNTIL\": \"9:30\"}", "GSW_UNTIL:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"GSW_FROM\": \"10:15:00\"}", "GSW_FROM:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"Custom_Integer\": 2147483648}", "Custom_Integer:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"Custom_Integer\": 1.5}", "Custom_Integer:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"Custom_Float\": \"abc\"}", "Custom_Float:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"Custom_Float\": \"1e3\"}", "Custom_Float:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"Custom_Float\": \" 1.5\"}", "Custom_Float:INVALID_FIELD_VALUE"),
                Arguments.of("P", "{\"GSW_PHONE\": \"call me\"}", "GSW_PHONE:INVALID_FIELD_VALUE"),
                // enum keys not offered
                Arguments.of("P", "{\"GSW_PHONE_TYPE\": 12}", "GSW_PHONE_TYPE:FIELD_OPTION_NOT_OFFERED"),
                Arguments.of("P", "{\"GSW_PHONE_TYPE\": -1}", "GSW_PHONE_TYPE:FIELD_OPTION_NOT_OFFERED"),
                Arguments.of("P", "{\"GSW_PHONE_TYPE\": 9.5}", "GSW_PHONE_TYPE:FIELD_OPTION_NOT_OFFERED"),
                Arguments.of("S", "{\"Plan\": \"gold\"}", "Plan:FIELD_OPTION_NOT_OFFERED"),
                Arguments.of("S", "{\"Plan\": \"Basic\"}", "Plan:FIELD_OPTION_NOT_OFFERED"),
                // empty mandatory values
                Arguments.of("P", "{\"Custom_String_with_default\": \"\"}",
                        "Custom_String_with_default:MANDATORY_FIELD_EMPTY"),
                Arguments.of("P", "{\"Custom_String_with_default\": \"   \"}",
                        "Custom_String_with_default:MANDATORY_FIELD_EMPTY"),
                Arguments.of("P", "{\"Custom_String_with_default\": null}",
                        "Custom_String_with_default:MANDATORY_FIELD_EMPTY"),
                Arguments.of("P", "{\"GSW_PHONE\": \"\"}", "GSW_PHONE:MANDATORY_FIELD_EMPTY"),
                Arguments.of("P", "{\"GSW_FROM\": null}", "GSW_FROM:MANDATORY_FIELD_EMPTY"),
                Arguments.of("P", "{\"GSW_UNTIL\": \" \"}", "GSW_UNTIL:MANDATORY_FIELD_EMPTY"),
                Arguments.of("S", "{\"Plan\": \"\"}", "Plan:MANDATORY_FIELD_EMPTY"),
                // over-long values
                Arguments.of("P", "{\"Custom_String_with_default\": \"" + "x".repeat(101) + "\"}",
                        "Custom_String_with_default:FIELD_VALUE_TOO_LONG"),
                Arguments.of("P", "{\"Custom_VarChar\": \"" + "y".repeat(256) + "\"}",
                        "Custom_VarChar:FIELD_VALUE_TOO_LONG"),
                Arguments.of("P", "{\"Custom_Character\": \"cd\"}", "Custom_Character:FIELD_VALUE_TOO_LONG"),
                Arguments.of("P", "{\"GSW_PHONE\": \"+" + "1".repeat(64) + "\"}", "GSW_PHONE:FIELD_VALUE_TOO_LONG"),
                Arguments.of("S", "{\"Notes\": \"" + "n".repeat(501) + "\"}", "Notes:FIELD_VALUE_TOO_LONG"),
                // all or nothing: one good value and three bad ones, every bad one reported in order
                Arguments.of("P", "{\"Custom_VarChar\": \"fine\", \"NoSuchField\": 1, \"GSW_PHONE_TYPE\": 12, "
                        + "\"Custom_String_with_default\": \"\"}", "NoSuchField:UNKNOWN_FIELD,"
                        + "GSW_PHONE_TYPE:FIELD_OPTION_NOT_OFFERED,Custom_String_with_default:MANDATORY_FIELD_EMPTY"),
                Arguments.of("A", "{\"GSW_PHONE\": \"+33647099\", \"Custom_Character\": \"xy\"}",
                        "Custom_Character:FIELD_VALUE_TOO_LONG"),
                Arguments.of("D", "{\"GSW_FROM\": \"08:00\", \"GSW_UNTIL\": \"24:00\"}",
                        "GSW_UNTIL:INVALID_FIELD_VALUE"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("refusedFieldUpdates")
    void aFieldUpdateWithAnyBadFieldIsRefusedAsAWholeListingEveryBadField(String interaction, String recordData,
                                                                         String expectedDetails) {
        Reply reply = send("outbound.updateRecordFields", "[\"$" + interaction + "\", " + recordData + "]");

        assertRefused(reply, 400, "FIELD_UPDATE_REJECTED");
        List<String> details = new ArrayList<>();
        for (JsonNode detail : reply.body().get("errorDetails")) {
            details.add(detail.get("field").stringValue() + ":" + detail.get("errorCode").stringValue());
            assertThat(detail.get("errorMessage").stringValue()).startsWith(
                    detail.get("field").stringValue().isEmpty() ? "\"\"" : detail.get("field").stringValue() + ":");
        }
        assertThat(details).containsExactly(expectedDetails.split(","));
    }

    @Test
    void aFieldUpdateNamingNoFieldIsRefused() {
        assertRefused(send("outbound.updateRecordFields", "[\"$P\", {}]"), 400, "FIELD_UPDATE_EMPTY");
    }

    /**
     * Found by these tests, failing: a JSON number beyond the range of a double ({@code 1e400}) in
     * {@code recordData} is answered 500 INTERNAL_ERROR. Jackson reads it as a double (Infinity) and
     * {@code Parameters.fieldValue} calls {@code JsonNode.decimalValue()}, which throws for a non-finite double; the
     * exception is not a RequestFailure, so the endpoint reports a server fault for a client's mistake.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"Custom_Integer\": 1e400}", "{\"GSW_PHONE_TYPE\": -1e400}",
            "{\"Custom_Float\": 1e400}"})
    void aNumberBeyondTheRangeOfADoubleInAFieldUpdateIsAClientMistakeNotAServerFault(String recordData) {
        Reply reply = send("outbound.updateRecordFields", "[\"$P\", " + recordData + "]");

        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(400);
        assertThat(reply.errorCode()).isIn("FIELD_UPDATE_REJECTED", "INVALID_PARAMETER");
    }

    /**
     * Found by these tests, failing: {@code 1.0000000000000001} for an int field is accepted and stored as 1.
     * The number is read as a double before the field rules see it ({@code FieldValue.Number} promises the value
     * "kept exact"), so a fraction too small for a double's precision is rounded away instead of being refused as
     * "not a whole number"; likewise {@code 1e-400} for the phone type becomes option 0 (None).
     */
    @Test
    void aFractionSentForAWholeNumberFieldIsRefusedNotRoundedOnTheWay() {
        Reply reply = send("outbound.updateRecordFields", "[\"$P\", {\"Custom_Integer\": 1.0000000000000001}]");

        assertRefused(reply, 400, "FIELD_UPDATE_REJECTED");
        assertThat(reply.body().get("errorDetails").get(0).get("errorCode").stringValue())
                .isEqualTo("INVALID_FIELD_VALUE");
    }

    // ------------------------------------------------------------------------------------------ wrong state

    static Stream<Arguments> requestsInTheWrongState() {
        return Stream.of(
                Arguments.of("voice.hangUp", "[\"$P\"]", 409, "WRONG_INTERACTION_STATE", "hang up a preview"),
                Arguments.of("voice.hangUp", "[\"$D\"]", 409, "WRONG_INTERACTION_STATE", "hang up a finished call"),
                Arguments.of("interaction.markdone", "[\"$P\"]", 409, "WRONG_INTERACTION_STATE",
                        "mark done a preview that was neither called, rejected, cancelled nor rescheduled"),
                Arguments.of("interaction.markdone", "[\"$A\"]", 409, "WRONG_INTERACTION_STATE",
                        "mark done a call still connected"),
                Arguments.of("outbound.rejectPreviewRecord", "[\"$A\"]", 409, "WRONG_INTERACTION_STATE",
                        "reject after dial, by the call's id"),
                Arguments.of("outbound.cancelPreviewRecord", "[\"$D\"]", 409, "WRONG_INTERACTION_STATE",
                        "cancel after the call"),
                Arguments.of("outbound.callPreviewRecord", "[\"$A\", 285]", 409, "WRONG_INTERACTION_STATE",
                        "call twice, by the call's id"),
                Arguments.of("outbound.setDoNotCall", "[\"$P\"]", 409, "WRONG_INTERACTION_STATE",
                        "Do Not Call before the call"),
                Arguments.of("outbound.removeDoNotCall", "[\"$P\"]", 409, "WRONG_INTERACTION_STATE",
                        "remove Do Not Call before the call"),
                Arguments.of("outbound.removeDoNotCall", "[\"$A\"]", 409, "DO_NOT_CALL_NOT_PENDING",
                        "remove a Do Not Call that was never set"),
                Arguments.of("outbound.setDoNotCall", "[\"$A\"]", 409, "RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL",
                        "Do Not Call while a reschedule is pending"),
                Arguments.of("outbound.rescheduleRecord", "[\"$D\", 288, \"05/27/2040 10:55\", \"PERSONAL\"]", 409,
                        "RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL", "reschedule while Do Not Call is pending"),
                Arguments.of("outbound.cancelReschedule", "[\"$P\"]", 409, "NO_RESCHEDULE_PENDING",
                        "cancel a reschedule that was never made"),
                Arguments.of("outbound.cancelReschedule", "[\"$D\"]", 409, "NO_RESCHEDULE_PENDING",
                        "cancel a reschedule on a call that has none"),
                Arguments.of("outbound.rejectPreviewRecord", "[]", 409, "SEVERAL_PREVIEW_INTERACTIONS",
                        "reject without an id while P, E and S are previews"),
                Arguments.of("outbound.cancelPreviewRecord", "[]", 409, "SEVERAL_PREVIEW_INTERACTIONS",
                        "cancel without an id while P, E and S are previews"));
    }

    @ParameterizedTest(name = "{4}: {0} {1}")
    @MethodSource("requestsInTheWrongState")
    void aRequestTheInteractionsStateDoesNotAllowIsRefused(String request, String parameters, int status,
                                                          String errorCode, String what) {
        assertRefused(send(request, parameters), status, errorCode);
    }

    @Test
    void aNumberOnTheDoNotCallListIsNeverDialedThePreviewStaysAsItWas() {
        String message = assertRefused(service.request(AGENT1, "outbound.callPreviewRecord", ids.get("S"),
                salesHandle), 409, "NUMBER_ON_DO_NOT_CALL_LIST");

        assertThat(message).contains("+33647099");
    }

    // ------------------------------------------------------------------------------------------ campaigns

    static Stream<Arguments> campaignsThatGiveNoRecord() {
        return Stream.of(
                Arguments.of("No Such Campaign", 404, "CAMPAIGN_NOT_FOUND"),
                Arguments.of("outbound campaign custom", 404, "CAMPAIGN_NOT_FOUND"),
                Arguments.of(SEED_CAMPAIGN + " ", 404, "CAMPAIGN_NOT_FOUND"),
                Arguments.of("Customer Survey", 409, "CAMPAIGN_NOT_ACTIVE"),
                Arguments.of("Direct Push Renewals", 409, "CAMPAIGN_NOT_ACTIVE"),
                Arguments.of("Predictive Collections", 409, "CAMPAIGN_NOT_ACTIVE"),
                Arguments.of("   ", 400, "INVALID_PARAMETER"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {2}")
    @MethodSource("campaignsThatGiveNoRecord")
    void aPullFromACampaignThatIsUnknownNotStartedOrNotPulledIsRefused(String campaign, int status,
                                                                      String errorCode) {
        assertRefused(service.request(AGENT1, "outbound.getPreviewRecord", campaign), status, errorCode);
    }

    @Test
    void aPullFromTheSeedCampaignWhenAgent1HoldsAllItsRecordsSaysNoRecordsAvailable() {
        assertRefused(service.request(AGENT1, "outbound.getPreviewRecord", SEED_CAMPAIGN), 404,
                "NO_RECORDS_AVAILABLE");
    }
}
