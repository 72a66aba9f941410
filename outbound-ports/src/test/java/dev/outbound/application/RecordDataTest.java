package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CHAINED;
import static dev.outbound.application.ApplicationFixture.CHAINED_PHONE;
import static dev.outbound.application.ApplicationFixture.CUSTOM_GREETING;
import static dev.outbound.application.ApplicationFixture.CUSTOM_INTEGER;
import static dev.outbound.application.ApplicationFixture.CUSTOM_LEVEL;
import static dev.outbound.application.ApplicationFixture.CUSTOM_STRING;
import static dev.outbound.application.ApplicationFixture.CUSTOM_VARCHAR;
import static dev.outbound.application.ApplicationFixture.CUSTOM_VARCHAR_MAX_LENGTH;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.DELIVERED_PHONE;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.seedChainedRecord;
import static dev.outbound.application.ApplicationFixture.seedDeliveredRecord;
import static dev.outbound.application.ApplicationFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.field.Field;
import dev.outbound.domain.field.FieldUpdateRejectedException;
import dev.outbound.domain.field.FieldViolation;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.GswKeys;
import dev.outbound.port.in.RecordFieldsUseCase;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record's data: its chain, fresh from the backend (getChainedRecords), and its fields, read and edited all or
 * nothing (getRecordFields, updateRecordFields). Field edits are pending until mark done.
 */
class RecordDataTest {
    private final ApplicationFixture fixture = new ApplicationFixture();

    @Nested
    class GetChainedRecords {
        @Test
        void asksTheBackendForTheChainOfTheDeliveredRecord() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.getChainedRecords().getChainedRecords(ref(preview));

            verify(fixture.backend).chainedRecordRequest(AGENT, DELIVERED);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void returnsTheChainDeliveredRecordFirst() {
            OutboundInteraction preview = fixture.givenPreview();

            Chain chain = fixture.useCases.getChainedRecords().getChainedRecords(ref(preview));

            assertThat(chain.handles()).containsExactly(DELIVERED, CHAINED);
            assertThat(chain.toFlat()).extracting(record -> record.get(GswKeys.USER_EVENT))
                    .containsExactly("PreviewRecord", "ChainedRecord");
        }

        @Test
        void aCallOnTheOtherNumberStillNamesTheChainByItsDeliveredRecord() {
            OutboundInteraction call = fixture.givenDialed(fixture.givenPreview(), CHAINED);

            Chain chain = fixture.useCases.getChainedRecords().getChainedRecords(ref(call));

            verify(fixture.backend).chainedRecordRequest(AGENT, DELIVERED);
            assertThat(chain.delivered().handle()).isEqualTo(DELIVERED);
        }

        @Test
        void theFreshChainReplacesTheOneTheInteractionHeld() {
            OutboundInteraction preview = fixture.givenPreview();
            Map<String, Object> otherNumberMoved = seedChainedRecord();
            otherNumberMoved.put("GSW_PHONE", "+33647999");
            Chain fresh = Chain.fromFlat(List.of(seedDeliveredRecord(), otherNumberMoved));
            doReturn(fresh).when(fixture.backend).chainedRecordRequest(AGENT, DELIVERED);

            fixture.useCases.getChainedRecords().getChainedRecords(ref(preview));

            assertThat(fixture.current(preview).chain()).isEqualTo(fresh);
            assertThat(fixture.current(preview).pending()).isEqualTo(preview.pending());
        }

        @Test
        void readingTheChainTellsTheDesktopNothing() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.getChainedRecords().getChainedRecords(ref(preview));

            assertThat(fixture.events).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void aBackendFailureIsReportedAndTheInteractionKeepsItsChain(OutboundException failure) {
            OutboundInteraction call = fixture.givenActiveCall();
            doThrow(failure).when(fixture.backend).chainedRecordRequest(any(), any());

            assertThat(refusalOf(() -> fixture.useCases.getChainedRecords().getChainedRecords(ref(call))).code())
                    .isEqualTo(failure.code());
            assertThat(fixture.current(call)).isEqualTo(call);
        }

        @Test
        void aChainThatIsNotTheInteractionsIsRefusedAsABackendError() {
            OutboundInteraction preview = fixture.givenPreview();
            doReturn(Chain.fromFlat(List.of(seedChainedRecord()))).when(fixture.backend)
                    .chainedRecordRequest(any(), any());

            assertThat(refusalOf(() -> fixture.useCases.getChainedRecords().getChainedRecords(ref(preview))).code())
                    .isEqualTo(ErrorCode.BACKEND_REFUSED);
            assertThat(fixture.current(preview)).isEqualTo(preview);
        }
    }

    @Nested
    class GetRecordFields {
        @Test
        void describesEachConfiguredFieldWithTheRecordsValue() {
            OutboundInteraction preview = fixture.givenPreview();

            List<Field> fields = fixture.useCases.recordFields().getRecordFields(ref(preview));

            assertThat(fields).extracting(Field::name, Field::value, Field::isEditable, Field::isMandatory)
                    .containsExactly(
                            tuple("GSW_FROM", "00:00", true, true),
                            tuple("GSW_UNTIL", "23:59", true, true),
                            tuple("GSW_PHONE", DELIVERED_PHONE, true, true),
                            tuple("GSW_PHONE_TYPE", "1", true, false),
                            tuple(CUSTOM_STRING, null, true, false),
                            tuple(CUSTOM_INTEGER, "0", false, false),
                            tuple(CUSTOM_VARCHAR, "", true, false),
                            tuple(CUSTOM_GREETING, "Hi there!", true, true),
                            tuple(CUSTOM_LEVEL, null, true, false));
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void aCallShowsTheFieldsOfTheDialedRecord() {
            OutboundInteraction call = fixture.givenDialed(fixture.givenPreview(), CHAINED);

            List<Field> fields = fixture.useCases.recordFields().getRecordFields(ref(call));

            assertThat(fields).filteredOn(field -> field.name().equals("GSW_PHONE")).extracting(Field::value)
                    .containsExactly(CHAINED_PHONE);
        }
    }

    @Nested
    class UpdateRecordFields {
        @Test
        void theNewValuesArePendingAndShownAndNothingIsSent() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.recordFields().updateRecordFields(update(ref(call),
                    "GSW_UNTIL", "18:30", CUSTOM_VARCHAR, "VIP", CUSTOM_LEVEL, "gold"));

            assertThat(fixture.current(call).pending().fieldEditsOf(DELIVERED))
                    .containsExactly(Map.entry("GSW_UNTIL", 66600L), Map.entry(CUSTOM_VARCHAR, "VIP"),
                            Map.entry(CUSTOM_LEVEL, "gold"));
            assertThat(fixture.useCases.recordFields().getRecordFields(ref(call)))
                    .filteredOn(field -> List.of("GSW_UNTIL", CUSTOM_VARCHAR, CUSTOM_LEVEL).contains(field.name()))
                    .extracting(Field::value).containsExactly("18:30", "VIP", "gold");
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void theDesktopIsToldTheInteractionChanged() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), CUSTOM_STRING, "call after 6"));

            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + preview.id() + " PREVIEWING");
        }

        @Test
        void laterEditsAddToEarlierOnes() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_VARCHAR, "VIP"));

            fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_STRING, "call after 6"));

            assertThat(fixture.current(call).pending().fieldEditsOf(DELIVERED))
                    .containsExactly(Map.entry(CUSTOM_VARCHAR, "VIP"), Map.entry(CUSTOM_STRING, "call after 6"));
        }

        @Test
        void anOptionalFieldMayBeEmptied() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_VARCHAR, null));

            assertThat(fixture.useCases.recordFields().getRecordFields(ref(call)))
                    .filteredOn(field -> field.name().equals(CUSTOM_VARCHAR)).extracting(Field::value)
                    .containsOnlyNulls();
        }

        static Stream<Arguments> refusedUpdates() {
            String tooLong = "x".repeat(CUSTOM_VARCHAR_MAX_LENGTH + 1);
            return Stream.of(
                    refused("an unknown field", ErrorCode.UNKNOWN_FIELD, "GSW_NOT_A_FIELD", "x"),
                    refused("a misspelled system field (the seed's GWS_FROM)", ErrorCode.UNKNOWN_FIELD,
                            "GWS_FROM", "10:15"),
                    refused("a field that is not editable", ErrorCode.FIELD_NOT_EDITABLE, CUSTOM_INTEGER, 3),
                    refused("a record key that is not a configured field", ErrorCode.UNKNOWN_FIELD,
                            "GSW_RECORD_HANDLE", 999),
                    refused("a number for a text field", ErrorCode.WRONG_VALUE_TYPE, CUSTOM_VARCHAR, 42),
                    refused("text for a number enum", ErrorCode.WRONG_VALUE_TYPE, "GSW_PHONE_TYPE", "9"),
                    refused("a boolean for a time", ErrorCode.WRONG_VALUE_TYPE, "GSW_FROM", true),
                    refused("a phone type that is not offered", ErrorCode.FIELD_OPTION_NOT_OFFERED,
                            "GSW_PHONE_TYPE", 12),
                    refused("a level that is not offered", ErrorCode.FIELD_OPTION_NOT_OFFERED, CUSTOM_LEVEL,
                            "Gold"),
                    refused("emptying the phone", ErrorCode.MANDATORY_FIELD_EMPTY, "GSW_PHONE", ""),
                    refused("nulling the calling window", ErrorCode.MANDATORY_FIELD_EMPTY, "GSW_FROM", null),
                    refused("blanking a mandatory custom field", ErrorCode.MANDATORY_FIELD_EMPTY, CUSTOM_GREETING,
                            "   "),
                    refused("a note over its length", ErrorCode.FIELD_VALUE_TOO_LONG, CUSTOM_VARCHAR, tooLong),
                    refused("a phone over 64 characters", ErrorCode.FIELD_VALUE_TOO_LONG, "GSW_PHONE",
                            "1".repeat(65)),
                    refused("a phone that is not a number", ErrorCode.INVALID_FIELD_VALUE, "GSW_PHONE",
                            "call me maybe"),
                    refused("a time past midnight", ErrorCode.INVALID_FIELD_VALUE, "GSW_UNTIL", "24:00"),
                    refused("a time in the wrong form", ErrorCode.INVALID_FIELD_VALUE, "GSW_FROM", "9:5"));
        }

        private static Arguments refused(String what, ErrorCode violation, String field, Object value) {
            return Arguments.of(what, violation, field, value);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("refusedUpdates")
        void aBadUpdateIsRefusedAsAWholeAndChangesNothing(String what, ErrorCode violation, String field,
                                                          Object value) {
            OutboundInteraction call = fixture.givenCompletedCall();
            RecordFieldsUseCase.UpdateCommand command = update(ref(call), CUSTOM_STRING, "a valid change",
                    field, value);

            OutboundException refusal = refusalOf(() -> fixture.useCases.recordFields().updateRecordFields(command));

            assertThat(refusal.code()).isEqualTo(ErrorCode.FIELD_UPDATE_REJECTED);
            assertThat(((FieldUpdateRejectedException) refusal).violations())
                    .extracting(FieldViolation::code, FieldViolation::field)
                    .containsExactly(tuple(violation, field));
            assertThat(fixture.current(call)).isEqualTo(call);
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.events).isEmpty();
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            OutboundInteraction call = fixture.givenCompletedCall();

            OutboundException refusal = refusalOf(() -> fixture.useCases.recordFields().updateRecordFields(
                    update(ref(call), "GSW_PHONE", "", CUSTOM_INTEGER, 3, "GSW_NOT_A_FIELD", "x")));

            assertThat(((FieldUpdateRejectedException) refusal).violations()).extracting(FieldViolation::code)
                    .containsExactly(ErrorCode.MANDATORY_FIELD_EMPTY, ErrorCode.FIELD_NOT_EDITABLE,
                            ErrorCode.UNKNOWN_FIELD);
        }

        @Test
        void anUpdateThatNamesNoFieldIsRefused() {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertThat(refusalOf(() -> fixture.useCases.recordFields().updateRecordFields(update(ref(call)))).code())
                    .isEqualTo(ErrorCode.FIELD_UPDATE_EMPTY);
            assertThat(fixture.current(call)).isEqualTo(call);
        }

        @Test
        void aRefusedUpdateKeepsTheEditsAlreadyPending() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_VARCHAR, "VIP"));
            OutboundInteraction edited = fixture.current(call);
            fixture.startWatching();

            refusalOf(() -> fixture.useCases.recordFields().updateRecordFields(
                    update(ref(call), CUSTOM_VARCHAR, "x".repeat(CUSTOM_VARCHAR_MAX_LENGTH + 1))));

            assertThat(fixture.current(call)).isEqualTo(edited);
        }
    }
}
