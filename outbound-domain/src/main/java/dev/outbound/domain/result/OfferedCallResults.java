package dev.outbound.domain.result;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The call results a desktop offers to its agents, in the configured order (WWE's option
 * {@code outbound.call-result-values}), and the parsing of the {@code callResult} parameter against them.
 */
public final class OfferedCallResults {
    /** More digits than any call result code has, so that a long number is not parsed at all. */
    private static final int MAX_DIGITS = 18;

    private final List<CallResult> offered;

    private OfferedCallResults(List<CallResult> offered) {
        if (offered.isEmpty()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, "at least one call result must be offered");
        }
        LinkedHashSet<CallResult> unique = new LinkedHashSet<>(offered);
        if (unique.size() != offered.size()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, "offered call results name a result twice: "
                    + offered);
        }
        this.offered = List.copyOf(offered);
    }

    /** Every call result, in the table's order: what WWE offers when nothing is configured. */
    public static OfferedCallResults all() {
        return new OfferedCallResults(Arrays.asList(CallResult.values()));
    }

    /** Exactly these results, in this order. */
    public static OfferedCallResults of(List<CallResult> results) {
        return new OfferedCallResults(new ArrayList<>(results));
    }

    /**
     * Reads a configuration value: result names or codes separated by commas, e.g. {@code "ANSWER, BUSY, 7"}.
     * Fails with {@link ErrorCode#INVALID_VALUE} naming the first entry that is neither.
     */
    public static OfferedCallResults parseConfiguration(String text) {
        if (text == null || text.isBlank()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE,
                    "call result list must name at least one result, e.g. \"ANSWER,BUSY,NO_ANSWER\"");
        }
        List<CallResult> results = new ArrayList<>();
        for (String entry : text.split(",", -1)) {
            String name = entry.strip();
            results.add(CallResult.findByName(name)
                    .or(() -> wholeNumber(name).flatMap(CallResult::find))
                    .orElseThrow(() -> new OutboundException(ErrorCode.INVALID_VALUE, "\"" + name
                            + "\" in the call result list is neither a call result name (like ANSWER) nor a code")));
        }
        return new OfferedCallResults(results);
    }

    /** The offered results, in order. */
    public List<CallResult> results() {
        return offered;
    }

    /** The {@code getListOfCallResults} answer: name to code, in the offered order. */
    public Map<String, Integer> asNameToCode() {
        Map<String, Integer> table = new LinkedHashMap<>();
        offered.forEach(result -> table.put(result.name(), result.code()));
        return Collections.unmodifiableMap(table);
    }

    /** Whether the agent may choose this result. */
    public boolean offers(CallResult result) {
        return offered.contains(result);
    }

    /**
     * Parses the {@code callResult} parameter of {@code setCallResult}: text that is a whole number written in
     * digits, spaces around it allowed (the API reference says "must be a number"), and one of the offered codes.
     *
     * @throws OutboundException {@link ErrorCode#INVALID_CALL_RESULT} when it is not a whole number or not a call
     *     result code, {@link ErrorCode#CALL_RESULT_NOT_OFFERED} when it is a code this desktop does not offer
     */
    public CallResult parse(String callResult) {
        String digits = callResult == null ? null : callResult.strip();
        if (digits == null || !isWholeNumber(digits)) {
            throw new OutboundException(ErrorCode.INVALID_CALL_RESULT, "call result must be a whole number in digits "
                    + "such as \"33\" (ANSWER); was " + quoted(callResult));
        }
        if (significantDigits(digits) > MAX_DIGITS) {
            throw new OutboundException(ErrorCode.INVALID_CALL_RESULT, "call result " + digits
                    + " is not a call result code; offered: " + describeOffered());
        }
        return parse(Long.parseLong(digits));
    }

    /** Parses a numeric {@code callResult} parameter; see {@link #parse(String)}. */
    public CallResult parse(long code) {
        CallResult result = CallResult.find(code).orElseThrow(() -> new OutboundException(
                ErrorCode.INVALID_CALL_RESULT, "call result " + code + " is not a call result code; offered: "
                        + describeOffered()));
        if (!offers(result)) {
            throw new OutboundException(ErrorCode.CALL_RESULT_NOT_OFFERED, "call result " + code + " ("
                    + result.name() + ") is not offered here; offered: " + describeOffered());
        }
        return result;
    }

    private String describeOffered() {
        return offered.stream().map(r -> r.name() + " " + r.code()).collect(Collectors.joining(", "));
    }

    /**
     * Whether the text is decimal digits with an optional minus sign. Checked character by character: every
     * {@code setCallResult} passes here, and the regular expressions this replaced (one of them compiled on every
     * call) took 7 % of the agents' CPU in the in-process bench.
     */
    private static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of text that is a whole number, when it has no more digits than a code can have. */
    private static Optional<Long> wholeNumber(String text) {
        return isWholeNumber(text) && significantDigits(text) <= MAX_DIGITS
                ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** How many digits a whole number ({@link #isWholeNumber}) has without its sign and leading zeros. */
    private static int significantDigits(String wholeNumber) {
        int first = wholeNumber.startsWith("-") ? 1 : 0;
        while (first < wholeNumber.length() && wholeNumber.charAt(first) == '0') {
            first++;
        }
        return wholeNumber.length() - first;
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "\"" + text + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferedCallResults that && offered.equals(that.offered);
    }

    @Override
    public int hashCode() {
        return offered.hashCode();
    }

    @Override
    public String toString() {
        return "OfferedCallResults" + offered;
    }
}
