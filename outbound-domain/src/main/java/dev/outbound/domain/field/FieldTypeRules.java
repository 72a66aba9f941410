package dev.outbound.domain.field;

import static dev.outbound.domain.field.FieldValueRules.refuse;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.format.OcsFormats;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What each {@link FieldType} accepts, given a value already of the field's JSON type, and the plain Java value it
 * means (see {@link Checked.Accepted}).
 *
 * <p>Text is taken as written, never trimmed: {@code " 12"} is not a whole number. Text fields take any
 * well-formed Unicode text but control characters (tab and line breaks excepted).
 */
final class FieldTypeRules {
    /** The most decimal places a float value may have; keeps values (and their plain text) of sensible size. */
    static final int MAX_DECIMAL_PLACES = 64;

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);
    private static final Pattern WHOLE_NUMERAL = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL_NUMERAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final String INT_RANGE = "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    private FieldTypeRules() {}

    /** Checks a non-empty {@code value}, whose JSON type is the field's {@code valueType}, against its field type. */
    static Checked check(FieldDefinition field, FieldValue value) {
        return switch (field.fieldType()) {
            case INT -> integer(field, value);
            case FLOAT -> decimal(field, value);
            case CHAR, VAR_CHAR -> text(field, value);
            case DATE -> dateTime(field, value);
            case TIME -> timeOfDay(field, value);
            case BOOL -> bool(field, value);
            case ENUM -> option(field, value);
        };
    }

    private static Checked integer(FieldDefinition field, FieldValue value) {
        BigDecimal number = value instanceof FieldValue.Numeric given ? given.value()
                : numeral(value, WHOLE_NUMERAL);
        if (number == null || !isWhole(number)) {
            return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a whole number", INT_RANGE);
        }
        if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is out of range", INT_RANGE);
        }
        return new Checked.Accepted(number.longValueExact());
    }

    private static Checked decimal(FieldDefinition field, FieldValue value) {
        BigDecimal number = value instanceof FieldValue.Numeric given ? given.value()
                : numeral(value, DECIMAL_NUMERAL);
        if (number == null) {
            return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a decimal number",
                    "digits with an optional minus sign and decimal point, such as -12.5");
        }
        if (number.scale() > MAX_DECIMAL_PLACES) {
            number = number.stripTrailingZeros(); // 0E-100 and 1.5000...0 are fine; 1E-100 is not
        }
        if (number.scale() > MAX_DECIMAL_PLACES || number.abs().compareTo(DOUBLE_MAX) > 0) {
            return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is out of range",
                    "a decimal number no larger than a double (about 1.8E308) with at most " + MAX_DECIMAL_PLACES
                            + " decimal places");
        }
        return new Checked.Accepted(number);
    }

    private static Checked text(FieldDefinition field, FieldValue value) {
        String text = ((FieldValue.Text) value).value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "holds half of a Unicode character ("
                        + codePoint(c) + ") without its other half", "well-formed Unicode text");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "holds the control character "
                        + codePoint(c), "text without control characters (tab and line breaks are allowed)");
            }
        }
        int length = text.codePointCount(0, text.length());
        int allowed = field.fieldType() == FieldType.CHAR ? 1 : field.maxLength();
        if (length > allowed) {
            return refuse(ErrorCode.FIELD_VALUE_TOO_LONG, field, value, "is " + length + " characters long",
                    allowed == 1 ? "a single character" : "at most " + allowed + " characters");
        }
        return new Checked.Accepted(text);
    }

    private static Checked dateTime(FieldDefinition field, FieldValue value) {
        return OcsFormats.parseDateTime(((FieldValue.Text) value).value())
                .<Checked>map(Checked.Accepted::new)
                .orElseGet(() -> refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a date and time",
                        "a real date as " + OcsFormats.DATE_TIME_PATTERN + " on a 24-hour clock"));
    }

    private static Checked timeOfDay(FieldDefinition field, FieldValue value) {
        return OcsFormats.parseTimeOfDay(((FieldValue.Text) value).value())
                .<Checked>map(Checked.Accepted::new)
                .orElseGet(() -> refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a time of day",
                        OcsFormats.TIME_PATTERN + " from 00:00 to 23:59"));
    }

    private static Checked bool(FieldDefinition field, FieldValue value) {
        if (value instanceof FieldValue.Bool given) {
            return new Checked.Accepted(given.value());
        }
        String text = ((FieldValue.Text) value).value();
        if (text.equals("true") || text.equals("false")) {
            return new Checked.Accepted(Boolean.valueOf(text));
        }
        return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a boolean", "\"true\" or \"false\"");
    }

    private static Checked option(FieldDefinition field, FieldValue value) {
        String key = value instanceof FieldValue.Numeric given ? wholeKey(given.value())
                : ((FieldValue.Text) value).value();
        if (key != null && field.options().containsKey(key)) {
            return new Checked.Accepted(key);
        }
        return refuse(ErrorCode.FIELD_OPTION_NOT_OFFERED, field, value, "is not one of the options",
                "one of " + describe(field.options(), field.valueType()));
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The text as a decimal when it matches {@code numeral}, else null. */
    private static BigDecimal numeral(FieldValue value, Pattern numeral) {
        String text = ((FieldValue.Text) value).value();
        return numeral.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    /** The option key a whole number stands for ({@code 9.0} is key {@code 9}); null for any other number. */
    private static String wholeKey(BigDecimal number) {
        if (!isWhole(number) || number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        return Long.toString(number.longValueExact());
    }

    private static String describe(Map<String, String> options, ValueType valueType) {
        return options.entrySet().stream()
                .map(option -> (valueType == ValueType.NUMBER ? option.getKey() : "\"" + option.getKey() + "\"")
                        + " (" + option.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
