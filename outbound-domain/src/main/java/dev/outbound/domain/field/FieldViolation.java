package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One reason an {@code updateRecordFields} request was refused: a stable code, the field it concerns, and a
 * sentence naming the field, the value given and what was expected, such as
 * {@code GSW_FROM: "25:00" is not a time of day; expected HH:MM from 00:00 to 23:59}.
 *
 * @param code one of the field violation codes ({@link #CODES})
 * @param field the field name as the request spelled it (may be empty if the request used an empty name)
 * @param message the sentence for people
 */
public record FieldViolation(ErrorCode code, String field, String message) implements Serializable {

    /** The codes a violation may carry. */
    public static final Set<ErrorCode> CODES = Collections.unmodifiableSet(EnumSet.of(ErrorCode.UNKNOWN_FIELD,
            ErrorCode.FIELD_NOT_EDITABLE, ErrorCode.WRONG_VALUE_TYPE, ErrorCode.INVALID_FIELD_VALUE,
            ErrorCode.FIELD_VALUE_TOO_LONG, ErrorCode.FIELD_OPTION_NOT_OFFERED, ErrorCode.MANDATORY_FIELD_EMPTY));

    /** Values longer than this are shortened in messages. */
    private static final int SHOWN_VALUE_LENGTH = 60;

    public FieldViolation {
        Require.present(code, "violation code");
        if (!CODES.contains(code)) {
            throw new OutboundException(ErrorCode.INVALID_VALUE,
                    "a field violation needs one of the codes " + CODES + ", was " + code);
        }
        Require.present(field, "field of a violation");
        Require.nonBlank(message, "message of a violation");
    }

    /**
     * A violation whose message reads {@code <field>: <given> <problem>; expected <expected>}; long values are
     * shortened so that a message stays readable.
     */
    public static FieldViolation of(ErrorCode code, String field, FieldValue given, String problem,
            String expected) {
        String shownField = field.isEmpty() ? "\"\"" : field;
        return new FieldViolation(code, field,
                shownField + ": " + shorten(given.asJson()) + " " + problem + "; expected " + expected);
    }

    private static String shorten(String json) {
        return json.length() <= SHOWN_VALUE_LENGTH ? json : json.substring(0, SHOWN_VALUE_LENGTH - 3) + "...";
    }
}
