package dev.outbound.app;

/**
 * A command ran and found something wrong (for example: the bench saw an invariant broken). The command line prints
 * the message and exits with status 1.
 */
final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }
}
