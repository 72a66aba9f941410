package dev.outbound.domain;

/**
 * Guards used by compact constructors: each one throws an {@link OutboundException} with {@link
 * ErrorCode#INVALID_VALUE} (or the code given) and a message that names the value and what was expected.
 */
public final class Require {
    private Require() {}

    /** The text, which must not be null or blank. */
    public static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, what + " must not be empty");
        }
        return value;
    }

    /** The object, which must not be null. */
    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, what + " is required");
        }
        return value;
    }

    /** The number, which must lie in {@code [min, max]}; otherwise fails with {@code code}. */
    public static long inRange(long value, long min, long max, String what, ErrorCode code) {
        if (value < min || value > max) {
            throw new OutboundException(code, what + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
