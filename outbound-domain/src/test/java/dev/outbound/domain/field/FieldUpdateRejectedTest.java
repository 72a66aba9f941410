package dev.outbound.domain.field;

import static dev.outbound.domain.ErrorCode.FIELD_NOT_EDITABLE;
import static dev.outbound.domain.ErrorCode.FIELD_OPTION_NOT_OFFERED;
import static dev.outbound.domain.ErrorCode.FIELD_VALUE_TOO_LONG;
import static dev.outbound.domain.ErrorCode.INVALID_FIELD_VALUE;
import static dev.outbound.domain.ErrorCode.MANDATORY_FIELD_EMPTY;
import static dev.outbound.domain.ErrorCode.UNKNOWN_FIELD;
import static dev.outbound.domain.ErrorCode.WRONG_VALUE_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Updates that must be refused, each with the reason's code, and the all-or-nothing rule. */
class FieldUpdateRejectedTest {

    private final FieldCatalog catalog = Catalogs.everyKind();

    static Stream<Arguments> unknownOrReadOnlyFields() {
        return Stream.of(
                refused("GSW_FOO", "x", UNKNOWN_FIELD),
                refused("", "x", UNKNOWN_FIELD),
                refused("gsw_phone", "5550100", UNKNOWN_FIELD),
                refused("GWS_FROM", "10:15", UNKNOWN_FIELD),
                refused("GSW_CALL_RESULT", 0, UNKNOWN_FIELD),
                refused("CUSTOM_ID", 5, FIELD_NOT_EDITABLE),
                refused("CUSTOM_ID", null, FIELD_NOT_EDITABLE),
                refused("CUSTOM_ID", "5", FIELD_NOT_EDITABLE));
    }

    static Stream<Arguments> emptyMandatoryValues() {
        return Stream.of(
                refused("GSW_FROM", null, MANDATORY_FIELD_EMPTY),
                refused("GSW_UNTIL", "", MANDATORY_FIELD_EMPTY),
                refused("GSW_PHONE", "", MANDATORY_FIELD_EMPTY),
                refused("GSW_PHONE", "   ", MANDATORY_FIELD_EMPTY),
                refused("GSW_PHONE", null, MANDATORY_FIELD_EMPTY),
                refused("CUSTOM_MANDATORY_NOTE", null, MANDATORY_FIELD_EMPTY),
                refused("CUSTOM_MANDATORY_NOTE", "\u00a0", MANDATORY_FIELD_EMPTY),
                refused("CUSTOM_MANDATORY_NOTE", "\u200b", MANDATORY_FIELD_EMPTY),
                refused("CUSTOM_MANDATORY_NOTE", " \u2007\u202f\ufeff\u3000\t", MANDATORY_FIELD_EMPTY));
    }

    static Stream<Arguments> controlCharactersAndBrokenText() {
        return Stream.of(
                refused("CUSTOM_NOTE", "a\u0000b", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "bell\u0007", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "del\u007f", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "c1\u0085", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "\ud800", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "x\udc00y", INVALID_FIELD_VALUE),
                refused("CUSTOM_NOTE", "\ude00\ud83d", INVALID_FIELD_VALUE),
                refused("CUSTOM_CHAR", "\u001b", INVALID_FIELD_VALUE));
    }

    static Stream<Arguments> wrongValueTypes() {
        return Stream.of(
                refused("GSW_FROM", 36900, WRONG_VALUE_TYPE),
                refused("GSW_FROM", true, WRONG_VALUE_TYPE),
                refused("GSW_PHONE", 5550100, WRONG_VALUE_TYPE),
                refused("GSW_PHONE_TYPE", "9", WRONG_VALUE_TYPE),
                refused("CUSTOM_INT", "42", WRONG_VALUE_TYPE),
                refused("CUSTOM_INT_TEXT", 42, WRONG_VALUE_TYPE),
                refused("CUSTOM_FLOAT", "1.5", WRONG_VALUE_TYPE),
                refused("CUSTOM_BOOL", "true", WRONG_VALUE_TYPE),
                refused("CUSTOM_BOOL", 1, WRONG_VALUE_TYPE),
                refused("CUSTOM_BOOL_TEXT", true, WRONG_VALUE_TYPE),
                refused("CUSTOM_NOTE", false, WRONG_VALUE_TYPE),
                refused("CUSTOM_DATE", 20310101, WRONG_VALUE_TYPE),
                refused("CUSTOM_LEVEL", 1, WRONG_VALUE_TYPE));
    }

    static Stream<Arguments> badTimesAndDates() {
        return Stream.of(
                refused("GSW_FROM", "24:00", INVALID_FIELD_VALUE),
                refused("GSW_FROM", "9:5", INVALID_FIELD_VALUE),
                refused("GSW_FROM", "10:60", INVALID_FIELD_VALUE),
                refused("GSW_UNTIL", "25:00", INVALID_FIELD_VALUE),
                refused("GSW_UNTIL", "10-15", INVALID_FIELD_VALUE),
                refused("GSW_UNTIL", "1015", INVALID_FIELD_VALUE),
                refused("GSW_UNTIL", "10:15 ", INVALID_FIELD_VALUE),
                refused("CUSTOM_TIME", "24:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_TIME", "noon", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "02/30/2031 10:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "13/01/2031 10:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "1/1/31 9:5", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "01/01/2031 24:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "02/29/2031 10:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "2031-01-01 10:00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "01/01/2031 10.00", INVALID_FIELD_VALUE),
                refused("CUSTOM_DATE", "01/01/2031", INVALID_FIELD_VALUE));
    }

    static Stream<Arguments> badNumbersBooleansAndPhones() {
        return Stream.of(
                refused("CUSTOM_INT", new BigDecimal("1.5"), INVALID_FIELD_VALUE),
                refused("CUSTOM_INT", 2147483648L, INVALID_FIELD_VALUE),
                refused("CUSTOM_INT", -2147483649L, INVALID_FIELD_VALUE),
                refused("CUSTOM_INT", new BigDecimal("1E+20"), INVALID_FIELD_VALUE),
                refused("CUSTOM_INT", new BigDecimal("1E+999999999"), INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", "12a", INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", "1.5", INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", " 12", INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", "+12", INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", "2147483648", INVALID_FIELD_VALUE),
                refused("CUSTOM_INT_TEXT", "1e3", INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT", new BigDecimal("1E+400"), INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT", new BigDecimal("1E-999999999"), INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT", new BigDecimal("1E-65"), INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT_TEXT", "1e5", INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT_TEXT", "abc", INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT_TEXT", "1.", INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT_TEXT", ".5", INVALID_FIELD_VALUE),
                refused("CUSTOM_FLOAT_TEXT", "1,5", INVALID_FIELD_VALUE),
                refused("CUSTOM_BOOL_TEXT", "yes", INVALID_FIELD_VALUE),
                refused("CUSTOM_BOOL_TEXT", "TRUE", INVALID_FIELD_VALUE),
                refused("CUSTOM_BOOL_TEXT", "1", INVALID_FIELD_VALUE),
                refused("GSW_PHONE", "call me", INVALID_FIELD_VALUE),
                refused("GSW_PHONE", "+", INVALID_FIELD_VALUE),
                refused("GSW_PHONE", "1", INVALID_FIELD_VALUE),
                refused("GSW_PHONE", "12+34", INVALID_FIELD_VALUE),
                refused("GSW_PHONE", "555#0100", INVALID_FIELD_VALUE));
    }

    static Stream<Arguments> overLongValues() {
        return Stream.of(
                refused("CUSTOM_CHAR", "YN", FIELD_VALUE_TOO_LONG),
                refused("CUSTOM_CHAR", "\uD83D\uDE00\uD83D\uDE00", FIELD_VALUE_TOO_LONG),
                refused("CUSTOM_NOTE", "01234567890", FIELD_VALUE_TOO_LONG),
                refused("CUSTOM_MANDATORY_NOTE", "x".repeat(100_000), FIELD_VALUE_TOO_LONG),
                refused("GSW_PHONE", "5".repeat(65), FIELD_VALUE_TOO_LONG));
    }

    static Stream<Arguments> optionsNotOffered() {
        return Stream.of(
                refused("GSW_PHONE_TYPE", 12, FIELD_OPTION_NOT_OFFERED),
                refused("GSW_PHONE_TYPE", -1, FIELD_OPTION_NOT_OFFERED),
                refused("GSW_PHONE_TYPE", new BigDecimal("9.5"), FIELD_OPTION_NOT_OFFERED),
                refused("GSW_PHONE_TYPE", new BigDecimal("1E+30"), FIELD_OPTION_NOT_OFFERED),
                refused("CUSTOM_LEVEL", "bronze", FIELD_OPTION_NOT_OFFERED),
                refused("CUSTOM_LEVEL", "Gold", FIELD_OPTION_NOT_OFFERED),
                refused("CUSTOM_LEVEL", " gold", FIELD_OPTION_NOT_OFFERED));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource({"unknownOrReadOnlyFields", "emptyMandatoryValues", "wrongValueTypes", "badTimesAndDates",
        "badNumbersBooleansAndPhones", "overLongValues", "optionsNotOffered", "controlCharactersAndBrokenText"})
    void badValuesAreRefusedWithTheirReason(String name, Object given, ErrorCode code) {
        Map<String, FieldValue> update = new HashMap<>();
        update.put(name, FieldValue.of(given));
        Map<String, Object> record = Catalogs.seedRecord();

        FieldUpdateRejectedException rejected = catchThrowableOfType(FieldUpdateRejectedException.class,
                () -> catalog.validateUpdate(update, record));

        assertThat(rejected).as("update %s = %s", name, given).isNotNull();
        assertThat(rejected.code()).isEqualTo(ErrorCode.FIELD_UPDATE_REJECTED);
        assertThat(rejected.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(name);
            assertThat(violation.message()).contains("expected").hasSizeLessThan(1_000);
        });
    }

    @Test
    void messagesNameTheFieldTheValueAndWhatWasExpected() {
        assertThat(violation("GSW_FROM", "25:00").message())
                .isEqualTo("GSW_FROM: \"25:00\" is not a time of day; expected HH:MM from 00:00 to 23:59");
        assertThat(violation("GSW_PHONE_TYPE", "9").message())
                .isEqualTo("GSW_PHONE_TYPE: \"9\" is a string; expected a number (valueType number)");
        assertThat(violation("GSW_PHONE_TYPE", 12).message())
                .startsWith("GSW_PHONE_TYPE: 12 is not one of the options; expected one of 0 (None), 1 (Home Phone)")
                .endsWith("11 (Instant Messaging)");
        assertThat(violation("CUSTOM_LEVEL", "bronze").message())
                .isEqualTo("CUSTOM_LEVEL: \"bronze\" is not one of the options; expected one of \"gold\" (Gold)");
        assertThat(violation("CUSTOM_DATE", "02/30/2031 10:00").message()).isEqualTo("CUSTOM_DATE: "
                + "\"02/30/2031 10:00\" is not a date and time; expected a real date as MM/DD/YYYY HH:MM on a 24-hour"
                + " clock");
        assertThat(violation("CUSTOM_NOTE", "01234567890").message())
                .isEqualTo("CUSTOM_NOTE: \"01234567890\" is 11 characters long; expected at most 10 characters");
        assertThat(violation("GSW_PHONE", "").message())
                .isEqualTo("GSW_PHONE: \"\" would empty a mandatory field; expected a value that is not empty");
        assertThat(violation("GSW_FOO", 1).message())
                .startsWith("GSW_FOO: 1 was given for a field this calling list does not have; expected one of "
                        + "GSW_FROM, GSW_UNTIL, GSW_PHONE, GSW_PHONE_TYPE, CUSTOM_INT");
        assertThat(violation("CUSTOM_ID", 1).message())
                .startsWith("CUSTOM_ID: 1 was given for a field that is not editable; expected only editable fields")
                .doesNotContain("CUSTOM_ID, ").doesNotEndWith("CUSTOM_ID");
        assertThat(violation("CUSTOM_NOTE", "a\u0000b").message()).isEqualTo("CUSTOM_NOTE: \"a\\u0000b\" holds the "
                + "control character U+0000; expected text without control characters (tab and line breaks are "
                + "allowed)");
        assertThat(violation("CUSTOM_NOTE", "\ud800").message()).isEqualTo("CUSTOM_NOTE: \"\ud800\" holds half of "
                + "a Unicode character (U+D800) without its other half; expected well-formed Unicode text");
        assertThat(violation("CUSTOM_INT_TEXT", "12a").message())
                .isEqualTo("CUSTOM_INT_TEXT: \"12a\" is not a whole number; expected a whole number from "
                        + "-2147483648 to 2147483647");
    }

    @Test
    void theFieldListIsSpelledOutOncePerUpdateNotOncePerWrongField() {
        Map<String, FieldValue> update = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            update.put("NO_SUCH_FIELD_" + i, FieldValue.text("x"));
            update.put("CUSTOM_ID", FieldValue.number(i));
        }
        update.put("CUSTOM_ID_TOO", FieldValue.number(1));

        FieldUpdateRejectedException rejected = catchThrowableOfType(FieldUpdateRejectedException.class,
                () -> catalog.validateUpdate(update, Catalogs.seedRecord()));

        List<FieldViolation> violations = rejected.violations();
        assertThat(violations).hasSize(202);
        assertThat(violations.get(0).message()).contains("expected one of GSW_FROM, GSW_UNTIL");
        assertThat(violations.get(1).message()).startsWith("CUSTOM_ID: 199 was given for a field that is not "
                + "editable; expected only editable fields: GSW_FROM");
        assertThat(violations.get(2).message()).isEqualTo("NO_SUCH_FIELD_1: \"x\" was given for a field this "
                + "calling list does not have; expected one of the fields listed with the first unknown field");
        assertThat(violations.stream().mapToInt(v -> v.message().length()).sum()).isLessThan(200 * 200);
    }

    @Test
    void everyViolationIsReportedTogetherInTheUpdatesOrder() {
        Map<String, FieldValue> update = new LinkedHashMap<>();
        update.put("GSW_FROM", FieldValue.text("24:00"));
        update.put("GSW_FOO", FieldValue.text("x"));
        update.put("CUSTOM_NOTE", FieldValue.text("fine"));
        update.put("CUSTOM_ID", FieldValue.number(7));
        update.put("GSW_PHONE_TYPE", FieldValue.text("9"));
        update.put("GSW_PHONE", FieldValue.text(""));
        update.put("CUSTOM_LEVEL", FieldValue.text("bronze"));
        update.put("CUSTOM_CHAR", FieldValue.text("YES"));

        FieldUpdateRejectedException rejected = catchThrowableOfType(FieldUpdateRejectedException.class,
                () -> catalog.validateUpdate(update, Catalogs.seedRecord()));

        assertThat(rejected.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("GSW_FROM", INVALID_FIELD_VALUE),
                tuple("GSW_FOO", UNKNOWN_FIELD),
                tuple("CUSTOM_ID", FIELD_NOT_EDITABLE),
                tuple("GSW_PHONE_TYPE", WRONG_VALUE_TYPE),
                tuple("GSW_PHONE", MANDATORY_FIELD_EMPTY),
                tuple("CUSTOM_LEVEL", FIELD_OPTION_NOT_OFFERED),
                tuple("CUSTOM_CHAR", FIELD_VALUE_TOO_LONG));
        assertThat(rejected.getMessage())
                .startsWith("The field update was refused and nothing was changed (7 problems)")
                .contains("GSW_FROM: \"24:00\"", "GSW_FOO: \"x\"", "CUSTOM_CHAR: \"YES\"");
    }

    @Test
    void oneBadFieldRefusesTheWholeUpdateAndChangesNothing() {
        Map<String, FieldValue> update = new LinkedHashMap<>();
        update.put("GSW_FROM", FieldValue.text("10.15"));
        update.put("GSW_PHONE", FieldValue.text("5550199"));
        update.put("GSW_UNTIL", FieldValue.text("24:00"));
        Map<String, FieldValue> updateBefore = new LinkedHashMap<>(update);
        Map<String, Object> record = new LinkedHashMap<>(Catalogs.seedRecord());
        Map<String, Object> recordBefore = new LinkedHashMap<>(record);

        assertThatThrownBy(() -> catalog.validateUpdate(update, record))
                .isInstanceOfSatisfying(FieldUpdateRejectedException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("GSW_UNTIL"));

        assertThat(update).containsExactlyEntriesOf(updateBefore);
        assertThat(record).containsExactlyEntriesOf(recordBefore);
    }

    @Test
    void anEmptyUpdateIsRefused() {
        assertThatThrownBy(() -> catalog.validateUpdate(Map.of(), Catalogs.seedRecord()))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_UPDATE_EMPTY))
                .isNotInstanceOf(FieldUpdateRejectedException.class)
                .hasMessageContaining("at least one field");
    }

    @Test
    void missingArgumentsAreRefused() {
        assertThatThrownBy(() -> catalog.validateUpdate(null, Map.of()))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> catalog.validateUpdate(Map.of("GSW_PHONE", FieldValue.text("5550100")), null))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    private FieldViolation violation(String name, Object given) {
        Map<String, FieldValue> update = new HashMap<>();
        update.put(name, FieldValue.of(given));
        FieldUpdateRejectedException rejected = catchThrowableOfType(FieldUpdateRejectedException.class,
                () -> catalog.validateUpdate(update, Catalogs.seedRecord()));
        return rejected.violations().get(0);
    }

    private static Arguments refused(String name, Object given, ErrorCode code) {
        return Arguments.of(name, given, code);
    }
}
