package dev.outbound.adapter.mock.data;

/** A simulator data file that cannot be used; the message names the place and what was expected. */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
