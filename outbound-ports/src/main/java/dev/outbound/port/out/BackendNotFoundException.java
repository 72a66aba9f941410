package dev.outbound.port.out;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.ErrorKind;
import dev.outbound.domain.OutboundException;

/** The backend does not know what the request names: a campaign, a record handle, or any record to deliver. */
public class BackendNotFoundException extends OutboundException {
    private static final long serialVersionUID = 1L;

    public BackendNotFoundException(ErrorCode code, String message) {
        super(requireKind(code), message);
    }

    private static ErrorCode requireKind(ErrorCode code) {
        if (code.kind() != ErrorKind.NOT_FOUND) {
            throw new IllegalArgumentException(code + " is not a not-found code");
        }
        return code;
    }
}
