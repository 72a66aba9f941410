package dev.outbound.domain.field;

/**
 * The shape a phone number must have to be worth dialing: digits, an optional leading {@code +}, and the usual
 * separators (space, {@code -}, {@code (}, {@code )}, {@code .}) between them, with at least two digits.
 * It checks the shape only; whether the number exists is the switch's business.
 */
public final class DialableNumber {
    /** What a dialable number looks like, said to people in error messages. */
    public static final String EXPECTED =
            "digits with an optional leading +, spaces, -, (, ) and . allowed, at least 2 digits";

    private DialableNumber() {}

    /** Whether the text looks like a number that can be dialed, for example {@code +1 (555) 010-0199}. */
    public static boolean looksDialable(String text) {
        if (text == null) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '+' && i == 0) && " -().".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 2;
    }
}
