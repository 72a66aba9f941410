package dev.outbound.app;

/** The command line cannot be understood: an unknown command or option, a missing or bad value. Exit status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
