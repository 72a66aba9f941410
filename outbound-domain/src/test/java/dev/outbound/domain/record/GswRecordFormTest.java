package dev.outbound.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.result.CallResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GswRecordFormTest {

    @Test
    void seedChainRoundTripsExactly() {
        List<Map<String, Object>> seed = SeedSamples.chain();

        Chain chain = Chain.fromFlat(seed);

        assertThat(chain.toFlat()).isEqualTo(seed);
    }

    @Test
    void seedRecordIsReadIntoTypedParts() {
        CallingListRecord record = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());

        assertThat(record.handle()).isEqualTo(RecordHandle.of(283));
        assertThat(record.chainId()).isEqualTo(ChainId.of(3));
        assertThat(record.phone()).isEqualTo("+33647005");
        assertThat(record.phoneType()).isEqualTo(PhoneType.HOME);
        assertThat(record.window().fromSeconds()).isZero();
        assertThat(record.window().untilSeconds()).isEqualTo(86399);
        assertThat(record.timeZone().name()).isEqualTo("ACT");
        assertThat(record.timeZone().offsetSeconds()).isEqualTo(34200);
        assertThat(record.callResult()).isEqualTo(CallResult.UNKNOWN);
        assertThat(record.type()).isEqualTo(RecordType.GENERAL);
        assertThat(record.status()).isEqualTo(RecordStatus.READY);
        assertThat(record.callbackAt()).isEmpty();
        assertThat(record.attributes()).containsEntry("Custom_Float", "16.64")
                .containsEntry("Custom_Integer", 0L)
                .containsEntry("GSW_CAMPAIGN_NAME", "Outbound Campaign Custom")
                .doesNotContainKeys(GswKeys.USER_EVENT, GswKeys.RECORD_HANDLE);
    }

    @Test
    void nonDefaultTypeStatusAndCallbackAreWrittenAndReadBack() {
        CallingListRecord record = GswRecordForm.fromFlat(SeedSamples.deliveredRecord())
                .scheduledFor(Instant.parse("2031-05-27T14:55:00Z"), RecordType.PERSONAL_CALLBACK)
                .withStatus(RecordStatus.RETRIEVED);

        Map<String, Object> flat = GswRecordForm.toFlat(record);

        assertThat(flat).containsEntry(GswKeys.RECORD_TYPE, 5L).containsEntry(GswKeys.RECORD_STATUS, 2L)
                .containsEntry(GswKeys.DATE_TIME, Instant.parse("2031-05-27T14:55:00Z").getEpochSecond());
        assertThat(GswRecordForm.fromFlat(flat)).isEqualTo(record);
    }

    @Test
    void numbersArriveInAnyJavaNumberTypeAndCompareEqual() {
        Map<String, Object> flat = new HashMap<>(SeedSamples.deliveredRecord());
        flat.put("GSW_RECORD_HANDLE", 283);
        flat.put("GSW_TZ_OFFSET", 34200);
        flat.put("Custom_Integer", (short) 0);
        flat.put("Custom_Double", 1.5d);

        CallingListRecord record = GswRecordForm.fromFlat(flat);

        assertThat(record).isEqualTo(GswRecordForm.fromFlat(withExtra("Custom_Double", new BigDecimal("1.5"))));
    }

    @Test
    void nullValuesAreLeftOut() {
        CallingListRecord record = GswRecordForm.fromFlat(withExtra("Custom_Nothing", null));

        assertThat(record.attributes()).doesNotContainKey("Custom_Nothing");
    }

    @Test
    void withValuesChangesTypedPartsAndAttributes() {
        CallingListRecord record = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());
        Map<String, Object> values = new HashMap<>();
        values.put("GSW_FROM", 36900L);
        values.put("GSW_PHONE_TYPE", 9L);
        values.put("Custom_VarChar", "edited");
        values.put("Custom_Character", null);

        CallingListRecord changed = GswRecordForm.withValues(record, values);

        assertThat(changed.window().fromSeconds()).isEqualTo(36900);
        assertThat(changed.phoneType()).isEqualTo(PhoneType.PIN_PAGER);
        assertThat(changed.attributes()).containsEntry("Custom_VarChar", "edited").doesNotContainKey("Custom_Character");
        assertThat(record.window().fromSeconds()).as("the original is unchanged").isZero();
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                Arguments.of("GSW_RECORD_HANDLE", null, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_RECORD_HANDLE", "abc", ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_RECORD_HANDLE", 0L, ErrorCode.INVALID_VALUE),
                Arguments.of("GSW_RECORD_HANDLE", 1.5d, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_CHAIN_ID", -1L, ErrorCode.INVALID_VALUE),
                Arguments.of("GSW_PHONE", null, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_PHONE", 33647005L, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_PHONE", "  ", ErrorCode.INVALID_VALUE),
                Arguments.of("GSW_PHONE_TYPE", 12L, ErrorCode.INVALID_PHONE_TYPE),
                Arguments.of("GSW_PHONE_TYPE", -1L, ErrorCode.INVALID_PHONE_TYPE),
                Arguments.of("GSW_FROM", 86400L, ErrorCode.INVALID_CALLING_WINDOW),
                Arguments.of("GSW_UNTIL", -1L, ErrorCode.INVALID_CALLING_WINDOW),
                Arguments.of("GSW_TZ_OFFSET", 18L * 3600 + 1, ErrorCode.INVALID_TIME_ZONE),
                Arguments.of("GSW_TZ_NAME", 5L, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_ATTEMPTS", -1L, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_CALL_RESULT", 99L, ErrorCode.INVALID_CALL_RESULT),
                Arguments.of("GSW_RECORD_TYPE", 1L, ErrorCode.INVALID_RECORD),
                Arguments.of("GSW_RECORD_STATUS", 7L, ErrorCode.INVALID_RECORD),
                Arguments.of("Custom_Object", new Object(), ErrorCode.INVALID_RECORD),
                Arguments.of("Custom_NaN", Double.NaN, ErrorCode.INVALID_RECORD));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("brokenRecords")
    void brokenRecordsAreRefusedNamingTheCode(String key, Object value, ErrorCode expected) {
        Map<String, Object> flat = withExtra(key, value);

        assertThatThrownBy(() -> GswRecordForm.fromFlat(flat))
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(expected))
                .hasMessageContaining(key.startsWith("Custom") ? key : "");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"GSW_RECORD_HANDLE", "GSW_CHAIN_ID", "GSW_RECORD_TYPE",
        "GSW_RECORD_STATUS", "GSW_DATE_TIME", "GSW_USER_EVENT"})
    void aFieldUpdateCannotChangeTheRecordsIdentityOrBookkeeping(String key) {
        CallingListRecord record = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());

        assertThatThrownBy(() -> GswRecordForm.withValues(record, Map.of(key, 7L)))
                .isInstanceOf(OutboundException.class).hasMessageContaining(key).hasMessageContaining("cannot be changed")
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_RECORD));
        assertThat(GswRecordForm.withValues(record, Map.of("GSW_RECORD_HANDLE", 283L))).as("the same value is no change")
                .isEqualTo(record);
    }

    @Test
    void typedKeysCannotHideInAttributes() {
        CallingListRecord record = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());

        assertThatThrownBy(() -> new CallingListRecord(record.handle(), record.chainId(), record.phone(),
                record.phoneType(), record.window(), record.timeZone(), 0, record.callResult(), record.type(),
                record.status(), record.callbackAt(), Map.of(GswKeys.PHONE, "+1")))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("GSW_PHONE");
    }

    private static Map<String, Object> withExtra(String key, Object value) {
        Map<String, Object> flat = new HashMap<>(SeedSamples.deliveredRecord());
        flat.put(key, value);
        return flat;
    }
}
