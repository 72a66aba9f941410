package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.result.CallResult;

/**
 * How a simulated call goes, decided by the last digit of the dialed number, so that a demo or a test can pick
 * the outcome by picking the number:
 * <pre>
 *   last digit 7 -> BUSY
 *   last digit 8 -> NO_ANSWER
 *   last digit 9 -> ANSWERING_MACHINE
 *   anything else -> ANSWER (the customer picks up; the call lasts until the agent hangs up)
 * </pre>
 */
public final class DialingRule {
    private DialingRule() {}

    /** The outcome of dialing {@code phone}. */
    public static CallResult outcome(String phone) {
        char last = '0';
        for (int i = phone.length() - 1; i >= 0; i--) {
            if (Character.isDigit(phone.charAt(i))) {
                last = phone.charAt(i);
                break;
            }
        }
        return switch (last) {
            case '7' -> CallResult.BUSY;
            case '8' -> CallResult.NO_ANSWER;
            case '9' -> CallResult.ANSWERING_MACHINE;
            default -> CallResult.ANSWER;
        };
    }
}
