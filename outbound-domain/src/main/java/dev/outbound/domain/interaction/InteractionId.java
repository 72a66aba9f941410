package dev.outbound.domain.interaction;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** Identifies an interaction for the agent that owns it; WWE uses short strings such as {@code "1"}. */
public record InteractionId(String value) {
    public InteractionId {
        if (value == null || value.isEmpty() || value.length() > 64 || !value.strip().equals(value)) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, "interaction id must be 1 to 64 characters "
                    + "without leading or trailing spaces; was " + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    public static InteractionId of(String value) {
        return new InteractionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
