package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CAMPAIGN;
import static dev.outbound.application.ApplicationFixture.CUSTOM_STRING;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.OUTSIDE_CHAIN;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.reschedule;
import static dev.outbound.application.ApplicationFixture.seedCatalog;
import static dev.outbound.application.ApplicationFixture.seedChain;
import static dev.outbound.application.ApplicationFixture.seedChainedRecord;
import static dev.outbound.application.ApplicationFixture.seedDeliveredRecord;
import static dev.outbound.application.ApplicationFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.verify;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.field.Field;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed page's own samples (service-client-api-outbound), played through the use cases. The backend delivers
 * the seed's chain on a pull, and the first interaction of a fresh application gets the id the samples use: "1".
 */
class SeedSamplesThroughUseCasesTest {
    /** The interaction id of the seed's samples. */
    private static final InteractionRef SAMPLE_INTERACTION = ref(AGENT, "1");

    private final ApplicationFixture fixture = new ApplicationFixture();

    @BeforeEach
    void theAgentPullsTheSeedsRecord() {
        fixture.deliverOnPull(new DeliveredRecord(CAMPAIGN, seedChain(), seedCatalog()));
        OutboundInteraction preview = fixture.givenPreview();
        assertThat(preview.id()).isEqualTo(InteractionId.of("1"));
    }

    @Test
    void getChainedRecordsAnswersTheSeedsSampleDeliveredRecordFirst() {
        List<Map<String, Object>> records = fixture.useCases.getChainedRecords()
                .getChainedRecords(SAMPLE_INTERACTION).toFlat();

        assertThat(records).containsExactly(seedDeliveredRecord(), seedChainedRecord());
        verify(fixture.backend).chainedRecordRequest(AGENT, DELIVERED);
    }

    @Test
    void getListOfCallResultsOffersTheSeedsTableInItsOrderByDefault() {
        Map<String, Integer> table = fixture.useCases.getListOfCallResults().getListOfCallResults().asNameToCode();

        assertThat(table.keySet()).containsExactly("OK", "GENERAL_ERROR", "SYSTEM_ERROR", "BUSY", "NO_ANSWER",
                "SIT_DETECTED", "ANSWERING_MACHINE", "ALL_TRUNKS_BUSY", "SIT_INVALID_NUM", "SIT_VACANT",
                "SIT_OPERINTERCEPT", "SIT_UNKNOWN", "SIT_NO_CIRCUIT", "SIT_REORDER", "FAXDETECTED", "ABANDONED",
                "DROPPED", "DROPPED_NO_ANSWER", "UNKNOWN", "SILENCE", "ANSWER", "NUTONE", "NO_DIAL_TONE",
                "NO_PROGRESS", "NO_RINGBACK", "NO_ESTABLISHED", "PAGER_DETECTED", "WRONG_PARTY", "DIAL_ERROR",
                "CALL_DROP_ERROR", "SWITCH_ERROR", "NO_FREE_PORT_ERROR", "TRANSFER_ERROR", "STALE",
                "AGENT_CALLBACK_ERROR", "GROUP_CALLBACK_ERROR", "DO_NOT_CALL", "CANCEL_RECORD", "WRONG_NUMBER");
        assertThat(table.values()).containsExactly(0, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 21, 26, 27,
                28, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 51, 52, 53);
    }

    @Test
    void getCallResultOfAFreshRecordIsItsGswCallResult() {
        assertThat(fixture.useCases.getCallResult().getCallResult(SAMPLE_INTERACTION)).isEqualTo(CallResult.UNKNOWN);
    }

    @Test
    void getCallResultAnswersTheSamplesSixAfterABusyDial() {
        OutboundInteraction preview = fixture.useCases.interactions().getByInteractionId(SAMPLE_INTERACTION);
        OutboundInteraction call = fixture.givenDialed(preview, DELIVERED);
        fixture.backendEvents.callEnded(AGENT, call.id(), CallResult.BUSY);

        assertThat(fixture.useCases.getCallResult().getCallResult(ref(call)).code()).isEqualTo(6);
    }

    @Test
    void updateRecordFieldsAcceptsTheSeedsSampleRequest() {
        fixture.useCases.recordFields().updateRecordFields(update(SAMPLE_INTERACTION,
                "GSW_FROM", "10.15", "GSW_UNTIL", "23:45", "GSW_PHONE_TYPE", 9, "GSW_CUSTOM_STRING", "Custom message"));

        assertThat(fixture.useCases.interactions().getByInteractionId(SAMPLE_INTERACTION).pending()
                .fieldEditsOf(DELIVERED)).containsExactly(Map.entry("GSW_FROM", 36900L),
                Map.entry("GSW_UNTIL", 85500L), Map.entry("GSW_PHONE_TYPE", 9L),
                Map.entry(CUSTOM_STRING, "Custom message"));
    }

    @Test
    void getRecordFieldsThenShowsTheSamplesValues() {
        fixture.useCases.recordFields().updateRecordFields(update(SAMPLE_INTERACTION,
                "GSW_FROM", "10.15", "GSW_UNTIL", "23:45", "GSW_PHONE_TYPE", 9, "GSW_CUSTOM_STRING", "Custom message"));

        List<Field> fields = fixture.useCases.recordFields().getRecordFields(SAMPLE_INTERACTION);

        assertThat(fields).extracting(Field::name, Field::value).containsExactly(
                tuple("GSW_FROM", "10:15"),
                tuple("GSW_UNTIL", "23:45"),
                tuple("GSW_PHONE", "+33647005"),
                tuple("GSW_PHONE_TYPE", "9"),
                tuple(CUSTOM_STRING, "Custom message"));
    }

    @Test
    void rescheduleRecordAsTheSeedSendsItNamesARecordOutsideTheSeedsChain() {
        // The sample sends ('1', 257, '05/27/2021 10:55', 'PERSONAL'); the seed's chain sample holds 283 and 284.
        assertThat(refusalOf(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                reschedule(SAMPLE_INTERACTION, OUTSIDE_CHAIN, "05/27/2021 10:55", "PERSONAL"))).code())
                .isEqualTo(ErrorCode.RECORD_NOT_IN_CHAIN);
    }

    @Test
    void rescheduleRecordWithTheSamplesDateIsInThePast() {
        assertThat(refusalOf(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                reschedule(SAMPLE_INTERACTION, DELIVERED, "05/27/2021 10:55", "PERSONAL"))).code())
                .isEqualTo(ErrorCode.RESCHEDULE_IN_PAST);
        assertThat(fixture.useCases.interactions().getByInteractionId(SAMPLE_INTERACTION).pending().reschedule())
                .isEmpty();
    }

    @Test
    void rescheduleRecordWithTheSamplesDateTenYearsLaterIsAcceptedInTheRecordsZone() {
        fixture.useCases.rescheduleRecord().rescheduleRecord(
                reschedule(SAMPLE_INTERACTION, DELIVERED, "05/27/2031 10:55", "PERSONAL"));

        // 10:55 in ACT (Australia/Darwin, UTC+09:30, no daylight saving) is 01:25 UTC.
        assertThat(fixture.useCases.interactions().getByInteractionId(SAMPLE_INTERACTION).pending().reschedule())
                .map(pending -> pending.callback())
                .contains(new Callback(Instant.parse("2031-05-27T01:25:00Z"), CallbackType.PERSONAL));
    }
}
