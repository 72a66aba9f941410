package dev.outbound.domain.result;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a call attempt as OCS records it ({@code GSW_CALL_RESULT}): the full table of names and codes
 * that WWE's {@code getListOfCallResults} reports, in that order.
 */
public enum CallResult {
    OK(0), GENERAL_ERROR(3), SYSTEM_ERROR(4), BUSY(6), NO_ANSWER(7), SIT_DETECTED(8), ANSWERING_MACHINE(9),
    ALL_TRUNKS_BUSY(10), SIT_INVALID_NUM(11), SIT_VACANT(12), SIT_OPERINTERCEPT(13), SIT_UNKNOWN(14),
    SIT_NO_CIRCUIT(15), SIT_REORDER(16), FAXDETECTED(17), ABANDONED(21), DROPPED(26), DROPPED_NO_ANSWER(27),
    UNKNOWN(28), SILENCE(32), ANSWER(33), NUTONE(34), NO_DIAL_TONE(35), NO_PROGRESS(36), NO_RINGBACK(37),
    NO_ESTABLISHED(38), PAGER_DETECTED(39), WRONG_PARTY(40), DIAL_ERROR(41), CALL_DROP_ERROR(42),
    SWITCH_ERROR(43), NO_FREE_PORT_ERROR(44), TRANSFER_ERROR(45), STALE(46), AGENT_CALLBACK_ERROR(47),
    GROUP_CALLBACK_ERROR(48), DO_NOT_CALL(51), CANCEL_RECORD(52), WRONG_NUMBER(53);

    private static final Map<Integer, CallResult> BY_CODE = new HashMap<>();

    static {
        for (CallResult result : values()) {
            BY_CODE.put(result.code, result);
        }
    }

    private final int code;

    CallResult(int code) {
        this.code = code;
    }

    /** The number OCS uses for this result. */
    public int code() {
        return code;
    }

    /** The result with that OCS number, if there is one. */
    public static Optional<CallResult> find(long code) {
        return code < Integer.MIN_VALUE || code > Integer.MAX_VALUE
                ? Optional.empty() : Optional.ofNullable(BY_CODE.get((int) code));
    }

    /** The result with that OCS number; fails with {@link ErrorCode#INVALID_CALL_RESULT} when there is none. */
    public static CallResult ofCode(long code) {
        return find(code).orElseThrow(() -> new OutboundException(ErrorCode.INVALID_CALL_RESULT,
                "call result " + code + " is not an OCS call result code"));
    }

    /** The result with that name (as in the table, e.g. {@code NO_ANSWER}), if there is one. */
    public static Optional<CallResult> findByName(String name) {
        for (CallResult result : values()) {
            if (result.name().equals(name)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
