package dev.outbound.port.out;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.ErrorKind;
import dev.outbound.domain.OutboundException;

/** The backend understood the request and refused it (for example: the campaign is not started). */
public class BackendRefusedException extends OutboundException {
    private static final long serialVersionUID = 1L;

    public BackendRefusedException(ErrorCode code, String message) {
        super(requireKind(code), message);
    }

    /** A refusal with the general code {@link ErrorCode#BACKEND_REFUSED}. */
    public BackendRefusedException(String message) {
        this(ErrorCode.BACKEND_REFUSED, message);
    }

    private static ErrorCode requireKind(ErrorCode code) {
        if (code.kind() != ErrorKind.CONFLICT && code.kind() != ErrorKind.INVALID) {
            throw new IllegalArgumentException(code + " is not a refusal code");
        }
        return code;
    }
}
