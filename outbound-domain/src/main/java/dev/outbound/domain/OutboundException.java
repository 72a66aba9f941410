package dev.outbound.domain;

import java.util.Objects;

/**
 * The one exception family of Outbound: every refusal carries a stable {@link ErrorCode} and a sentence a person
 * can act on (what was wrong, what was expected).
 *
 * <p>A method that throws it has changed nothing. Subclasses add detail (for example the list of field
 * violations); catching this type is enough to report any of them.
 */
public class OutboundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public OutboundException(ErrorCode code, String message) {
        super(requireMessage(message));
        this.code = Objects.requireNonNull(code, "code");
    }

    public OutboundException(ErrorCode code, String message, Throwable cause) {
        super(requireMessage(message), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of this failure. */
    public ErrorCode code() {
        return code;
    }

    /** Shorthand for {@code code().kind()}. */
    public ErrorKind kind() {
        return code.kind();
    }

    private static String requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an OutboundException needs a message a person can act on");
        }
        return message;
    }
}
