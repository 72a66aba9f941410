package dev.outbound.domain.schedule;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/**
 * Who gets a rescheduled record back: the same agent ({@link #PERSONAL}) or any agent of the campaign ({@link
 * #CAMPAIGN}).
 *
 * <p>Parsing is strict and case-sensitive: the Service Client API documents exactly "CAMPAIGN" and "PERSONAL", and
 * a callback that silently goes to the wrong agent costs more than a request refused with a clear message. So
 * "personal" is refused, not guessed.
 */
public enum CallbackType {
    /** Any agent of the campaign may get the record back. */
    CAMPAIGN,
    /** The record comes back to the agent who rescheduled it. */
    PERSONAL;

    /**
     * The callback type spelled exactly "CAMPAIGN" or "PERSONAL"; anything else, including other cases, blanks and
     * null, fails with {@link ErrorCode#INVALID_CALLBACK_TYPE}.
     */
    public static CallbackType parse(String text) {
        for (CallbackType type : values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        String given = text == null ? "nothing (null)" : "\"" + text + "\"";
        throw new OutboundException(ErrorCode.INVALID_CALLBACK_TYPE,
                "callback type must be exactly CAMPAIGN or PERSONAL (upper case), was " + given);
    }
}
