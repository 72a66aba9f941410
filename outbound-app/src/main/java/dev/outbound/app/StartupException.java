package dev.outbound.app;

/**
 * Outbound cannot start: the configuration, the installed providers or a provider's start-up failed. The message
 * is one paragraph that names what was found, what is known and what to change; the command line prints it and
 * exits with status 1.
 */
final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message of a failure thrown by someone else's code, with its type when it has no message. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
