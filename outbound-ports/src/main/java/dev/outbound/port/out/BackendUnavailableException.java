package dev.outbound.port.out;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/**
 * The backend could not be reached or did not answer in time. Nothing was changed on the agent's side; the
 * request may be retried.
 */
public class BackendUnavailableException extends OutboundException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message) {
        super(ErrorCode.BACKEND_UNAVAILABLE, message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(ErrorCode.BACKEND_UNAVAILABLE, message, cause);
    }
}
