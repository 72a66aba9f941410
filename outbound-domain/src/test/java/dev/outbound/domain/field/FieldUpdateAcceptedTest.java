package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid updates, and the flat values they store. */
class FieldUpdateAcceptedTest {

    private final FieldCatalog catalog = Catalogs.everyKind();

    static Stream<Arguments> validUpdates() {
        return Stream.of(
                // calling window: seconds since midnight, like the record
                accepted("GSW_FROM", "10.15", 0L, 36900L),
                accepted("GSW_FROM", "10:15", 3600L, 36900L),
                accepted("GSW_FROM", "00:00", null, 0L),
                accepted("GSW_UNTIL", "23:59", 86399L, 86340L),
                // other time fields: HH:MM text, unless the record keeps seconds
                accepted("CUSTOM_TIME", "10.15", "09:00", "10:15"),
                accepted("CUSTOM_TIME", "10.15", null, "10:15"),
                accepted("CUSTOM_TIME", "10.15", 3600L, 36900L),
                // phone and phone type
                accepted("GSW_PHONE", "+1 (555) 010-0199", "5550100", "+1 (555) 010-0199"),
                accepted("GSW_PHONE", "5".repeat(64), null, "5".repeat(64)),
                accepted("GSW_PHONE_TYPE", 9, 1L, 9L),
                accepted("GSW_PHONE_TYPE", new BigDecimal("4.0"), 1L, 4L),
                accepted("GSW_PHONE_TYPE", 0, 1L, 0L),
                // numbers
                accepted("CUSTOM_INT", 42, null, 42L),
                accepted("CUSTOM_INT", new BigDecimal("9.0"), null, 9L),
                accepted("CUSTOM_INT", Integer.MIN_VALUE, null, (long) Integer.MIN_VALUE),
                accepted("CUSTOM_INT", Integer.MAX_VALUE, null, (long) Integer.MAX_VALUE),
                accepted("CUSTOM_INT_TEXT", "-12", null, -12L),
                accepted("CUSTOM_INT_TEXT", "007", null, 7L),
                accepted("CUSTOM_FLOAT", new BigDecimal("12.50"), null, new BigDecimal("12.50")),
                accepted("CUSTOM_FLOAT", -3, null, new BigDecimal("-3")),
                accepted("CUSTOM_FLOAT", new BigDecimal("1E+300"), null, new BigDecimal("1E+300")),
                accepted("CUSTOM_FLOAT", new BigDecimal("1E-64"), null, new BigDecimal("1E-64")),
                accepted("CUSTOM_FLOAT", new BigDecimal("0E-100"), null, BigDecimal.ZERO),
                accepted("CUSTOM_FLOAT_TEXT", "12.50", null, "12.50"),
                accepted("CUSTOM_FLOAT_TEXT", "-003", null, "-3"),
                // text
                accepted("CUSTOM_CHAR", "Y", null, "Y"),
                accepted("CUSTOM_CHAR", "\uD83D\uDE00", null, "\uD83D\uDE00"),
                accepted("CUSTOM_NOTE", "0123456789", null, "0123456789"),
                accepted("CUSTOM_NOTE", " spaced ", null, " spaced "),
                accepted("CUSTOM_NOTE", "a\r\nb\tc", null, "a\r\nb\tc"),
                accepted("CUSTOM_NOTE", "caf\u00e9 \u2764\ufe0f", null, "caf\u00e9 \u2764\ufe0f"),
                accepted("CUSTOM_NOTE", "\u00a0\u200b", "old", null),
                accepted("CUSTOM_MANDATORY_NOTE", "x", "old", "x"),
                // dates
                accepted("CUSTOM_DATE", "02/28/2031 10:00", null, "02/28/2031 10:00"),
                accepted("CUSTOM_DATE", "02/29/2032 23:59", null, "02/29/2032 23:59"),
                // booleans
                accepted("CUSTOM_BOOL", true, null, true),
                accepted("CUSTOM_BOOL", false, true, false),
                accepted("CUSTOM_BOOL_TEXT", "false", null, "false"),
                // enum keys
                accepted("CUSTOM_LEVEL", "gold", null, "gold"),
                // emptying optional fields clears them
                accepted("CUSTOM_NOTE", "", "old", null),
                accepted("CUSTOM_NOTE", "   ", "old", null),
                accepted("CUSTOM_NOTE", null, "old", null),
                accepted("CUSTOM_INT", null, 5L, null),
                accepted("CUSTOM_INT", "", 5L, null),
                accepted("GSW_PHONE_TYPE", null, 1L, 0L));
    }

    @ParameterizedTest(name = "{0} = {1} (record has {2}) stores {3}")
    @MethodSource("validUpdates")
    void validValuesAreAcceptedAndStoredInTheRecordsShape(String name, Object given, Object current,
            Object stored) {
        Map<String, Object> record = new HashMap<>();
        record.put(name, current);
        Map<String, FieldValue> update = new HashMap<>();
        update.put(name, FieldValue.of(given));

        Map<String, Object> result = catalog.validateUpdate(update, record);

        assertThat(result).containsOnlyKeys(name);
        assertThat(result.get(name)).isEqualTo(stored);
    }

    @Test
    void theResultFollowsTheUpdatesOrderAndCannotBeChanged() {
        Map<String, FieldValue> update = new LinkedHashMap<>();
        update.put("GSW_PHONE_TYPE", FieldValue.number(4));
        update.put("CUSTOM_NOTE", FieldValue.text("call later"));
        update.put("GSW_FROM", FieldValue.text("08:00"));

        Map<String, Object> result = catalog.validateUpdate(update, Map.of("GSW_FROM", 0L));

        assertThat(result).containsExactly(Map.entry("GSW_PHONE_TYPE", 4L), Map.entry("CUSTOM_NOTE", "call later"),
                Map.entry("GSW_FROM", 28800L));
        assertThatThrownBy(() -> result.put("X", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aJavaNullValueMeansJsonNull() {
        Map<String, FieldValue> update = new HashMap<>();
        update.put("CUSTOM_NOTE", null);

        assertThat(catalog.validateUpdate(update, Map.of())).containsEntry("CUSTOM_NOTE", null);
    }

    @Test
    void anAcceptedUpdateLeavesItsInputsAlone() {
        Map<String, FieldValue> update = new LinkedHashMap<>(Map.of("GSW_FROM", FieldValue.text("10.15")));
        Map<String, Object> record = new LinkedHashMap<>(Catalogs.seedRecord());
        Map<String, Object> recordBefore = new LinkedHashMap<>(record);

        catalog.validateUpdate(update, record);

        assertThat(update).containsExactly(Map.entry("GSW_FROM", FieldValue.text("10.15")));
        assertThat(record).isEqualTo(recordBefore);
    }

    private static Arguments accepted(String name, Object given, Object current, Object stored) {
        return Arguments.of(name, given, current, stored);
    }
}
