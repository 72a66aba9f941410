package dev.outbound.adapter.http.backend;

/**
 * A message of the backend protocol that does not have the documented form: a missing key, a value of the wrong
 * JSON type, text where a number belongs. The server answers it as a malformed request; the client reports a
 * reply it cannot read as the backend being unavailable.
 */
public final class WireFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }
}
