package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.Envelopes.assertSuccess;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every request the service accepts, sent over real HTTP to a fresh service on the embedded default (the seed
 * campaign's four chains 283/284 ACT, 285 CET, 286/287 EST, 288 AEST, delivered in that order), succeeds with the
 * envelope the official client expects and leaves the state the request promises.
 */
class EveryRequestOverHttpTest {
    /** The 17 requests of the Outbound namespace, as the seed lists them. */
    static final List<String> OUTBOUND_REQUESTS = List.of("outbound.getCampaigns", "outbound.getPreviewRecord",
            "outbound.callPreviewRecord", "outbound.rejectPreviewRecord", "outbound.cancelPreviewRecord",
            "outbound.startDirectPushPreview", "outbound.stopDirectPushPreview", "outbound.getListOfCallResults",
            "outbound.setCallResult", "outbound.getCallResult", "outbound.setDoNotCall", "outbound.removeDoNotCall",
            "outbound.rescheduleRecord", "outbound.cancelReschedule", "outbound.getChainedRecords",
            "outbound.getRecordFields", "outbound.updateRecordFields");
    /** The requests of other namespaces the outbound flow needs. */
    static final List<String> OTHER_REQUESTS = List.of("interaction.getInteractions",
            "interaction.getByInteractionId", "interaction.markdone", "voice.hangUp", "agent.get",
            "system.getAllowedServices");

    ServiceFixture service;

    @BeforeEach
    void start() {
        service = new ServiceFixture(Map.of("sweep-interval-ms", "20"), Map.of());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    // ------------------------------------------------------------------------------------------ campaigns, records

    @Test
    void getCampaignsListsTheLoadedAndStartedCampaignsWithNameDescriptionGroupModeAndState() {
        JsonNode data = assertSuccess(service.call(AGENT1, "outbound.getCampaigns"), "outbound.getCampaigns");

        assertThat(data.isArray()).isTrue();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode campaign : data) {
            assertThat(campaign.propertyNames()).containsExactly("name", "description", "groupName", "mode",
                    "state");
            assertThat(campaign.get("mode").stringValue()).isIn("Preview", "PushPreview", "DirectPushPreview",
                    "Progressive", "Predictive");
            assertThat(campaign.get("state").stringValue()).isIn("Loaded", "Started");
            byName.put(campaign.get("name").stringValue(), campaign);
        }
        assertThat(byName).containsOnlyKeys(SEED_CAMPAIGN, "Preview Sales", "Direct Push Renewals",
                "Customer Survey", "Predictive Collections");
        assertThat(byName.get(SEED_CAMPAIGN).get("groupName").stringValue())
                .isEqualTo("Outbound Campaign Custom@Agent Group Outbound");
        assertThat(byName.get(SEED_CAMPAIGN).get("mode").stringValue()).isEqualTo("Preview");
        assertThat(byName.get(SEED_CAMPAIGN).get("state").stringValue()).isEqualTo("Started");
        assertThat(byName.get("Direct Push Renewals").get("mode").stringValue()).isEqualTo("DirectPushPreview");
        assertThat(byName.get("Customer Survey").get("state").stringValue()).isEqualTo("Loaded");
        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    @Test
    void getPreviewRecordDeliversTheSeedRecordAsANewPreviewInteraction() {
        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.getPreviewRecord", SEED_CAMPAIGN),
                "outbound.getPreviewRecord");

        assertThat(data.get("interactionId").isString()).isTrue();
        assertThat(data.get("campaignName").stringValue()).isEqualTo(SEED_CAMPAIGN);
        assertThat(data.get("recordHandle").longValue()).isEqualTo(283);
        assertThat(data.get("chainId").longValue()).isEqualTo(3);
        JsonNode record = data.get("record");
        assertThat(record.get("GSW_RECORD_HANDLE").longValue()).isEqualTo(283);
        assertThat(record.get("GSW_PHONE").stringValue()).isEqualTo("+33647005");
        assertThat(record.get("GSW_TZ_NAME").stringValue()).isEqualTo("ACT");
        assertThat(record.get("GSW_TZ_OFFSET").intValue()).isEqualTo(34200);
        assertThat(record.get("GSW_CALL_RESULT").intValue()).isEqualTo(28);
        assertThat(record.get("Custom_String_with_default").stringValue()).isEqualTo("Hi there!");

        JsonNode listed = service.interactions(AGENT1);
        assertThat(listed).hasSize(1);
        assertThat(id(listed.get(0))).isEqualTo(id(data));
        assertThat(listed.get(0).get("state").stringValue()).isEqualTo("PREVIEWING");
        assertThat(listed.get(0).get("kind").stringValue()).isEqualTo("Preview");
    }

    @Test
    void callPreviewRecordDialsTheChosenNumberAsACallWithANewIdThatReplacesThePreview() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode call = assertSuccess(service.request(AGENT1, "outbound.callPreviewRecord", preview, 284),
                "outbound.callPreviewRecord");

        assertThat(id(call)).isNotEqualTo(preview);
        assertThat(call.get("kind").stringValue()).isEqualTo("Call");
        assertThat(call.get("state").stringValue()).isIn("DIALING", "ACTIVE");
        assertThat(call.get("recordHandle").longValue()).isEqualTo(284);
        assertThat(call.get("record").get("GSW_PHONE").stringValue()).isEqualTo("+33647004");
        assertThat(service.awaitState(AGENT1, id(call), "ACTIVE").get("callResult").intValue())
                .as("the customer answered").isEqualTo(33);
        assertThat(service.interactionIds(AGENT1)).containsExactly(id(call));
        assertRefused(service.request(AGENT1, "interaction.getByInteractionId", preview), 404,
                "INTERACTION_NOT_FOUND");
    }

    @Test
    void rejectPreviewRecordWithTheIdTheOfficialClientSendsGivesTheRecordBackForAnotherAgent() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.rejectPreviewRecord", preview),
                "outbound.rejectPreviewRecord");

        assertThat(data.isNull()).isTrue();
        assertThat(service.interactions(AGENT1)).isEmpty();
        assertThat(handlesPulledUntilEmpty(AGENT2)).as("283 went back to the end of the queue")
                .containsExactly(285L, 286L, 288L, 283L);
    }

    @Test
    void rejectPreviewRecordWithoutParametersAsTheSeedDocumentsItActsOnTheAgentsOnlyPreview() {
        service.pull(AGENT1, SEED_CAMPAIGN);

        assertThat(assertSuccess(service.call(AGENT1, "outbound.rejectPreviewRecord"),
                "outbound.rejectPreviewRecord").isNull()).isTrue();

        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    @Test
    void cancelPreviewRecordTakesTheChainOutOfTheCampaignForGood() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.cancelPreviewRecord", preview),
                "outbound.cancelPreviewRecord");

        assertThat(data.isNull()).isTrue();
        assertThat(service.interactions(AGENT1)).isEmpty();
        assertThat(handlesPulledUntilEmpty(AGENT2)).as("283 is never delivered again")
                .containsExactly(285L, 286L, 288L);
    }

    @Test
    void cancelPreviewRecordWithoutParametersActsOnTheAgentsOnlyPreview() {
        service.pull(AGENT1, SEED_CAMPAIGN);

        assertThat(assertSuccess(service.call(AGENT1, "outbound.cancelPreviewRecord"),
                "outbound.cancelPreviewRecord").isNull()).isTrue();

        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    @Test
    void startDirectPushPreviewMakesRecordsOfTheDirectPushCampaignArriveAsPreviewInteractions() {
        JsonNode data = assertSuccess(service.call(AGENT1, "outbound.startDirectPushPreview"),
                "outbound.startDirectPushPreview");

        assertThat(data.isNull()).isTrue();
        JsonNode pushed = awaitInteraction(AGENT1, Duration.ofSeconds(5));
        assertThat(pushed.get("campaignName").stringValue()).isEqualTo("Direct Push Renewals");
        assertThat(pushed.get("mode").stringValue()).isEqualTo("DirectPushPreview");
        assertThat(pushed.get("state").stringValue()).isEqualTo("PREVIEWING");
        assertThat(service.interactions(AGENT2)).as("only the agent who started gets records").isEmpty();
    }

    @Test
    void stopDirectPushPreviewStopsTheRecordsComing() throws InterruptedException {
        service.call(AGENT1, "outbound.startDirectPushPreview");
        String pushed = id(awaitInteraction(AGENT1, Duration.ofSeconds(5)));

        JsonNode data = assertSuccess(service.call(AGENT1, "outbound.stopDirectPushPreview"),
                "outbound.stopDirectPushPreview");
        assertSuccess(service.request(AGENT1, "outbound.rejectPreviewRecord", pushed),
                "outbound.rejectPreviewRecord");
        Thread.sleep(300); // fifteen sweeps of the simulator, each of which would push to a started agent

        assertThat(data.isNull()).isTrue();
        assertThat(service.interactions(AGENT1)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ call results

    @Test
    void getListOfCallResultsAnswersTheSeedTableNameToCodeInOrder() {
        JsonNode data = assertSuccess(service.call(AGENT1, "outbound.getListOfCallResults"),
                "outbound.getListOfCallResults");

        Map<String, Integer> table = new LinkedHashMap<>();
        data.properties().forEach(e -> table.put(e.getKey(), e.getValue().intValue()));
        assertThat(table).containsExactly(Map.entry("OK", 0), Map.entry("GENERAL_ERROR", 3),
                Map.entry("SYSTEM_ERROR", 4), Map.entry("BUSY", 6), Map.entry("NO_ANSWER", 7),
                Map.entry("SIT_DETECTED", 8), Map.entry("ANSWERING_MACHINE", 9), Map.entry("ALL_TRUNKS_BUSY", 10),
                Map.entry("SIT_INVALID_NUM", 11), Map.entry("SIT_VACANT", 12), Map.entry("SIT_OPERINTERCEPT", 13),
                Map.entry("SIT_UNKNOWN", 14), Map.entry("SIT_NO_CIRCUIT", 15), Map.entry("SIT_REORDER", 16),
                Map.entry("FAXDETECTED", 17), Map.entry("ABANDONED", 21), Map.entry("DROPPED", 26),
                Map.entry("DROPPED_NO_ANSWER", 27), Map.entry("UNKNOWN", 28), Map.entry("SILENCE", 32),
                Map.entry("ANSWER", 33), Map.entry("NUTONE", 34), Map.entry("NO_DIAL_TONE", 35),
                Map.entry("NO_PROGRESS", 36), Map.entry("NO_RINGBACK", 37), Map.entry("NO_ESTABLISHED", 38),
                Map.entry("PAGER_DETECTED", 39), Map.entry("WRONG_PARTY", 40), Map.entry("DIAL_ERROR", 41),
                Map.entry("CALL_DROP_ERROR", 42), Map.entry("SWITCH_ERROR", 43),
                Map.entry("NO_FREE_PORT_ERROR", 44), Map.entry("TRANSFER_ERROR", 45), Map.entry("STALE", 46),
                Map.entry("AGENT_CALLBACK_ERROR", 47), Map.entry("GROUP_CALLBACK_ERROR", 48),
                Map.entry("DO_NOT_CALL", 51), Map.entry("CANCEL_RECORD", 52), Map.entry("WRONG_NUMBER", 53));
    }

    @Test
    void setCallResultTakesTheCodeAsAStringHoldingANumberAsTheSeedSaysOrAsANumber() {
        String call = service.answeredSeedCall(AGENT1, 283);

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.setCallResult", call, "6"),
                "outbound.setCallResult");
        assertThat(data.isNull()).isTrue();
        assertThat(service.request(AGENT1, "outbound.getCallResult", call).data().intValue()).isEqualTo(6);

        assertSuccess(service.request(AGENT1, "outbound.setCallResult", call, 53), "outbound.setCallResult");
        assertThat(service.request(AGENT1, "interaction.getByInteractionId", call).data().get("callResult")
                .intValue()).isEqualTo(53);
    }

    @Test
    void getCallResultAnswersTheRecordsResultOnAPreviewAndTheDialingOutcomeOnACall() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        JsonNode onPreview = assertSuccess(service.request(AGENT1, "outbound.getCallResult", preview),
                "outbound.getCallResult");
        assertThat(onPreview.intValue()).as("GSW_CALL_RESULT 28, UNKNOWN, of a fresh record").isEqualTo(28);

        JsonNode call = service.dial(AGENT1, preview, 283);
        assertThat(service.request(AGENT1, "outbound.getCallResult", id(call)).data().intValue())
                .as("ANSWER").isEqualTo(33);
    }

    @Test
    void getCallResultOfABusyNumberIsBusyTheSimulatorDecidesByTheLastDigit() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        service.request(AGENT1, "outbound.updateRecordFields", preview, Map.of("GSW_PHONE", "+33647007"));

        JsonNode call = service.dial(AGENT1, preview, 283);

        assertThat(call.get("state").stringValue()).isEqualTo("COMPLETED");
        assertThat(assertSuccess(service.request(AGENT1, "outbound.getCallResult", id(call)),
                "outbound.getCallResult").intValue()).as("BUSY").isEqualTo(6);
    }

    // ------------------------------------------------------------------------------------------ do not call

    @Test
    void setDoNotCallMarksTheInteractionPendingUntilMarkDone() {
        String call = service.answeredSeedCall(AGENT1, 283);

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.setDoNotCall", call),
                "outbound.setDoNotCall");

        assertThat(data.isNull()).isTrue();
        assertThat(interaction(call).get("doNotCall").booleanValue()).isTrue();
    }

    @Test
    void removeDoNotCallClearsThePendingMark() {
        String call = service.answeredSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setDoNotCall", call);

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.removeDoNotCall", call),
                "outbound.removeDoNotCall");

        assertThat(data.isNull()).isTrue();
        assertThat(interaction(call).get("doNotCall").booleanValue()).isFalse();
        assertSuccess(service.request(AGENT1, "outbound.setCallResult", call, "33"), "outbound.setCallResult");
    }

    // ------------------------------------------------------------------------------------------ rescheduling

    @Test
    void rescheduleRecordReadsTheDateOnTheCustomersClockNotTheAgentsNorUtc() {
        String call = service.answeredSeedCall(AGENT1, 286); // EST: America/New_York, on daylight time in July

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.rescheduleRecord", call, 286,
                "07/01/2040 10:30", "PERSONAL"), "outbound.rescheduleRecord");

        assertThat(data.isNull()).isTrue();
        JsonNode reschedule = interaction(call).get("reschedule");
        assertThat(reschedule.get("recordHandle").longValue()).isEqualTo(286);
        assertThat(reschedule.get("at").stringValue()).as("10:30 EDT is 14:30 UTC").isEqualTo("2040-07-01T14:30:00Z");
        assertThat(reschedule.get("callbackType").stringValue()).isEqualTo("PERSONAL");
    }

    @Test
    void rescheduleRecordMayNameAnotherRecordOfTheChainAndACampaignCallback() {
        String preview = id(service.pullSeedHandle(AGENT1, 286));

        assertSuccess(service.request(AGENT1, "outbound.rescheduleRecord", preview, 287, "01/15/2040 09:00",
                "CAMPAIGN"), "outbound.rescheduleRecord");

        JsonNode reschedule = interaction(preview).get("reschedule");
        assertThat(reschedule.get("recordHandle").longValue()).isEqualTo(287);
        assertThat(reschedule.get("at").stringValue()).as("09:00 EST is 14:00 UTC").isEqualTo("2040-01-15T14:00:00Z");
        assertThat(reschedule.get("callbackType").stringValue()).isEqualTo("CAMPAIGN");
    }

    @Test
    void rescheduleRecordAcceptsInDarwinALocalTimeThatNewYorkSkipsDarwinHasNoDaylightSaving() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN)); // 283, ACT: Australia/Darwin, +09:30 all year
        ZoneOffsetTransition springForward = ZoneId.of("America/New_York").getRules()
                .nextTransition(Instant.parse("2040-01-01T00:00:00Z"));
        LocalDateTime skippedInNewYork = springForward.getDateTimeBefore().plusMinutes(30); // 02:30, a gap there
        String date = skippedInNewYork.format(DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm"));

        assertSuccess(service.request(AGENT1, "outbound.rescheduleRecord", preview, 283, date, "PERSONAL"),
                "outbound.rescheduleRecord");

        assertThat(interaction(preview).get("reschedule").get("at").stringValue()).as("%s at +09:30", date)
                .isEqualTo(skippedInNewYork.atOffset(ZoneOffset.ofHoursMinutes(9, 30)).toInstant().toString());
    }

    @Test
    void cancelRescheduleClearsThePendingReschedule() {
        String call = service.answeredSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.rescheduleRecord", call, 283, "05/27/2040 10:55", "PERSONAL");

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.cancelReschedule", call),
                "outbound.cancelReschedule");

        assertThat(data.isNull()).isTrue();
        assertThat(interaction(call).get("reschedule").isNull()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ record data

    @Test
    void getChainedRecordsAnswersTheSeedShapeTheDeliveredRecordFirst() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.getChainedRecords", preview),
                "outbound.getChainedRecords");

        assertThat(data).hasSize(1);
        assertThat(data.get(0).propertyNames()).containsExactly("records");
        JsonNode records = data.get(0).get("records");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(283);
        assertThat(records.get(0).get("GSW_USER_EVENT").stringValue()).isEqualTo("PreviewRecord");
        assertThat(records.get(0).get("GSW_CHAIN_ID").longValue()).isEqualTo(3);
        assertThat(records.get(1).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(284);
        assertThat(records.get(1).get("GSW_USER_EVENT").stringValue()).isEqualTo("ChainedRecord");
        assertThat(records.get(1).get("GSW_PHONE").stringValue()).isEqualTo("+33647004");
        assertThat(records.get(1).get("Custom_String_with_default").stringValue())
                .isEqualTo("Hello General Kenobi");
    }

    @Test
    void getRecordFieldsAnswersTheFourSystemFieldsThenTheCallingListsOwnAsSeedFields() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.getRecordFields", preview),
                "outbound.getRecordFields");

        List<String> names = new ArrayList<>();
        for (JsonNode field : data) {
            names.add(field.get("name").stringValue());
            assertThat(field.has("displayName") && field.has("value") && field.has("isEditable")
                    && field.has("isMandatory") && field.has("fieldType") && field.has("valueType"))
                    .as("a Field: %s", field).isTrue();
            assertThat(field.has("type")).as("fieldType, not the seed sample's typo").isFalse();
            assertThat(field.has("options")).isEqualTo(field.get("fieldType").stringValue().equals("enum"));
        }
        assertThat(names).containsExactly("GSW_FROM", "GSW_UNTIL", "GSW_PHONE", "GSW_PHONE_TYPE",
                "GSW_CUSTOM_STRING", "Custom_Character", "Custom_Datetime", "Custom_Float", "Custom_Integer",
                "Custom_String_with_default", "Custom_VarChar");
        JsonNode from = data.get(0);
        assertThat(from.get("displayName").stringValue()).isEqualTo("Call From");
        assertThat(from.get("value").stringValue()).isEqualTo("00:00");
        assertThat(from.get("fieldType").stringValue()).isEqualTo("time");
        assertThat(from.get("isEditable").booleanValue()).isTrue();
        assertThat(from.get("isMandatory").booleanValue()).isTrue();
        JsonNode phoneType = data.get(3);
        assertThat(phoneType.get("value").stringValue()).isEqualTo("1");
        assertThat(phoneType.get("valueType").stringValue()).isEqualTo("number");
        assertThat(phoneType.get("options").get("1").stringValue()).isEqualTo("Home Phone");
        assertThat(phoneType.get("options")).hasSize(12);
        JsonNode created = data.get(6);
        assertThat(created.get("isEditable").booleanValue()).isFalse();
        assertThat(created.get("value").stringValue()).isEqualTo("2021-03-17 14:42:39");
    }

    @Test
    void updateRecordFieldsChangesThePendingValuesTheAgentSees() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("GSW_PHONE", "+33 6 47 00 10");
        update.put("Custom_VarChar", "call after lunch");
        update.put("Custom_Integer", 7);
        update.put("GSW_UNTIL", "18.30");

        JsonNode data = assertSuccess(service.request(AGENT1, "outbound.updateRecordFields", preview, update),
                "outbound.updateRecordFields");

        assertThat(data.isNull()).isTrue();
        Map<String, String> values = fieldValues(preview);
        assertThat(values).containsEntry("GSW_PHONE", "+33 6 47 00 10").containsEntry("Custom_VarChar",
                "call after lunch").containsEntry("Custom_Integer", "7").containsEntry("GSW_UNTIL", "18:30")
                .containsEntry("GSW_FROM", "00:00").containsEntry("Custom_String_with_default", "Hi there!");
        JsonNode record = interaction(preview).get("record");
        assertThat(record.get("GSW_PHONE").stringValue()).isEqualTo("+33 6 47 00 10");
        assertThat(record.get("GSW_UNTIL").longValue()).as("seconds since midnight").isEqualTo(66600);
    }

    // ------------------------------------------------------------------------------------------ interactions

    @Test
    void getInteractionsListsTheAgentsOpenInteractionsAndNothingElse() {
        JsonNode none = assertSuccess(service.call(AGENT1, "interaction.getInteractions"),
                "interaction.getInteractions");
        assertThat(none.isArray()).isTrue();
        assertThat(none).isEmpty();

        String first = id(service.pull(AGENT1, SEED_CAMPAIGN));
        String second = id(service.pull(AGENT1, SEED_CAMPAIGN));
        service.pull(AGENT2, SEED_CAMPAIGN);

        JsonNode two = assertSuccess(service.call(AGENT1, "interaction.getInteractions"),
                "interaction.getInteractions");
        assertThat(two).hasSize(2);
        assertThat(List.of(id(two.get(0)), id(two.get(1)))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void getByInteractionIdAnswersOneInteractionWithItsStatePendingChangesZoneAndRecord() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));

        JsonNode data = assertSuccess(service.request(AGENT1, "interaction.getByInteractionId", preview),
                "interaction.getByInteractionId");

        assertThat(data.propertyNames()).contains("interactionId", "type", "kind", "state", "campaignName", "mode",
                "recordHandle", "chainId", "callResult", "doNotCall", "reschedule", "timeZone", "record");
        assertThat(data.get("interactionId").stringValue()).isEqualTo(preview);
        assertThat(data.get("type").stringValue()).isEqualTo("Outbound");
        assertThat(data.get("mode").stringValue()).isEqualTo("Preview");
        assertThat(data.get("doNotCall").booleanValue()).isFalse();
        assertThat(data.get("reschedule").isNull()).isTrue();
        JsonNode zone = data.get("timeZone");
        assertThat(zone.get("name").stringValue()).isEqualTo("ACT");
        assertThat(zone.get("offset").intValue()).isEqualTo(34200);
        assertThat(zone.get("zoneId").stringValue()).isEqualTo("Australia/Darwin");
        assertThat(zone.get("customerTime").stringValue()).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
    }

    @Test
    void markdoneSubmitsAFinishedCallAndClosesTheInteractionTheRecordIsNotDeliveredAgain() {
        String call = service.completedSeedCall(AGENT1, 283);
        service.request(AGENT1, "outbound.setCallResult", call, "33");
        service.request(AGENT1, "outbound.updateRecordFields", call, Map.of("Custom_VarChar", "sold"));

        JsonNode data = assertSuccess(service.request(AGENT1, "interaction.markdone", call),
                "interaction.markdone");

        assertThat(data.isNull()).isTrue();
        assertThat(service.interactions(AGENT1)).isEmpty();
        assertRefused(service.request(AGENT1, "interaction.getByInteractionId", call), 404,
                "INTERACTION_NOT_FOUND");
        assertThat(handlesPulledUntilEmpty(AGENT2)).containsExactly(285L, 286L, 288L);
    }

    @Test
    void markdoneOfAPreviewWithAPendingRescheduleSendsItBackAsACallbackWithoutACall() {
        String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
        service.request(AGENT1, "outbound.rescheduleRecord", preview, 283, "05/27/2040 10:55", "CAMPAIGN");

        assertSuccess(service.request(AGENT1, "interaction.markdone", preview), "interaction.markdone");

        assertThat(service.interactions(AGENT1)).isEmpty();
        assertThat(handlesPulledUntilEmpty(AGENT2)).as("the callback is due in 2040").containsExactly(285L, 286L,
                288L);
    }

    @Test
    void hangUpEndsTheCallWhichBecomesCompletedForWrapUp() {
        String call = service.answeredSeedCall(AGENT1, 283);

        JsonNode data = assertSuccess(service.request(AGENT1, "voice.hangUp", call), "voice.hangUp");

        assertThat(data.isNull()).isTrue();
        JsonNode after = interaction(call);
        assertThat(after.get("state").stringValue()).isEqualTo("COMPLETED");
        assertThat(after.get("callResult").intValue()).as("still ANSWER").isEqualTo(33);
    }

    @Test
    void agentGetAnswersTheCallersIdAndNameEachTokenItsOwnAgent() {
        JsonNode first = assertSuccess(service.call(AGENT1, "agent.get"), "agent.get");
        JsonNode second = assertSuccess(service.call(AGENT2, "agent.get"), "agent.get");

        assertThat(first.propertyNames()).containsExactly("agentId", "name");
        assertThat(first.get("agentId").stringValue()).isEqualTo("agent1");
        assertThat(first.get("name").stringValue()).isEqualTo("Alex Morgan");
        assertThat(second.get("agentId").stringValue()).isEqualTo("agent2");
        assertThat(second.get("name").stringValue()).isEqualTo("Sam Rivera");
    }

    @Test
    void getAllowedServicesListsTheSeventeenOutboundRequestsAndTheSixOthers() {
        JsonNode data = assertSuccess(service.call(AGENT1, "system.getAllowedServices"),
                "system.getAllowedServices");

        List<String> names = new ArrayList<>();
        data.forEach(name -> names.add(name.stringValue()));
        List<String> expected = new ArrayList<>(OUTBOUND_REQUESTS);
        expected.addAll(OTHER_REQUESTS);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonNode interaction(String id) {
        return service.request(AGENT1, "interaction.getByInteractionId", id).data();
    }

    private Map<String, String> fieldValues(String id) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode field : service.request(AGENT1, "outbound.getRecordFields", id).data()) {
            values.put(field.get("name").stringValue(), field.get("value").isNull() ? null
                    : field.get("value").stringValue());
        }
        return values;
    }

    /** Pulls the seed campaign until it has nothing more to deliver; answers the delivered handles in order. */
    private List<Long> handlesPulledUntilEmpty(String token) {
        List<Long> handles = new ArrayList<>();
        while (true) {
            ServiceFixture.Reply reply = service.request(token, "outbound.getPreviewRecord", SEED_CAMPAIGN);
            if (reply.status() != 200) {
                assertRefused(reply, 404, "NO_RECORDS_AVAILABLE");
                return handles;
            }
            handles.add(reply.data().get("recordHandle").longValue());
            assertThat(handles).hasSizeLessThan(10);
        }
    }

    private JsonNode awaitInteraction(String token, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode interactions = service.interactions(token);
            if (!interactions.isEmpty()) {
                return interactions.get(0);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no interaction arrived within " + timeout);
    }
}
