package dev.outbound.domain.field;

import dev.outbound.domain.format.OcsFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The shape of field values in a record's flat key-value form, both ways: the text {@code getRecordFields} shows
 * for a stored value, and the value to store for an accepted update.
 *
 * <p>Flat values are {@link String}, {@link Long} (whole numbers), {@link BigDecimal} and {@link Boolean}. A
 * {@code time} field holds seconds since midnight (a number, shown as {@code HH:MM}, floored to the minute) when
 * the record already stores it as a number, or when it is a calling-window field (GSW_FROM, GSW_UNTIL) the record
 * does not have yet; otherwise it holds {@code HH:MM} text. Dates are stored as {@code MM/DD/YYYY HH:MM} text.
 */
final class FieldValueForms {
    private static final long SECONDS_PER_DAY = 24 * 60 * 60;

    private FieldValueForms() {}

    /**
     * The text {@code getRecordFields} shows for a stored value; null when there is none. Numbers are written
     * plainly, booleans as {@code true} or {@code false}, text as it is stored.
     */
    static String render(FieldDefinition field, Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Number number) {
            return field.fieldType() == FieldType.TIME ? renderSeconds(number) : renderNumber(number);
        }
        return stored.toString();
    }

    /**
     * The flat value to store for {@code accepted} (see {@link Checked.Accepted}), given the value the record holds
     * now ({@code current}, may be null); null when the update empties the field.
     */
    static Object store(FieldDefinition field, Object accepted, Object current) {
        if (accepted == null) {
            return null;
        }
        boolean asNumber = field.valueType() == ValueType.NUMBER;
        return switch (field.fieldType()) {
            case INT -> (Long) accepted;
            case FLOAT -> asNumber ? accepted : ((BigDecimal) accepted).toPlainString();
            case CHAR, VAR_CHAR -> (String) accepted;
            case DATE -> OcsFormats.formatDateTime((LocalDateTime) accepted);
            case TIME -> storesSeconds(field, current)
                    ? (Object) (long) ((LocalTime) accepted).toSecondOfDay()
                    : OcsFormats.formatTimeOfDay((LocalTime) accepted);
            case BOOL -> field.valueType() == ValueType.BOOLEAN ? accepted : accepted.toString();
            case ENUM -> asNumber ? (Object) Long.parseLong((String) accepted) : accepted;
        };
    }

    private static boolean storesSeconds(FieldDefinition field, Object current) {
        return current instanceof Number || current == null && SystemFields.isCallingWindow(field.name());
    }

    private static String renderSeconds(Number number) {
        BigDecimal seconds = Decimals.exact(number).orElse(null);
        if (seconds == null || seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(SECONDS_PER_DAY)) >= 0) {
            return renderNumber(number);
        }
        long wholeSeconds = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        return OcsFormats.formatTimeOfDay(LocalTime.ofSecondOfDay(wholeSeconds));
    }

    private static String renderNumber(Number number) {
        if (Decimals.isWhole(number)) {
            return number.toString();
        }
        return Decimals.exact(number).map(BigDecimal::toPlainString).orElseGet(number::toString);
    }
}
