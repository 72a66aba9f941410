package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An {@code updateRecordFields} request refused as a whole ({@link ErrorCode#FIELD_UPDATE_REJECTED}): nothing was
 * changed. {@link #violations()} lists every reason, in the order of the request's fields.
 */
public final class FieldUpdateRejectedException extends OutboundException {
    private static final long serialVersionUID = 1L;

    /** How many violations the message spells out; the list always holds them all. */
    static final int SPELLED_OUT = 10;

    private final List<FieldViolation> violations;

    public FieldUpdateRejectedException(List<FieldViolation> violations) {
        super(ErrorCode.FIELD_UPDATE_REJECTED, summary(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every reason the update was refused, at least one. */
    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a refused field update needs at least one violation, and no nulls");
        }
        int count = violations.size();
        String spelledOut = violations.stream().limit(SPELLED_OUT).map(FieldViolation::message)
                .collect(Collectors.joining(" | "));
        String more = count > SPELLED_OUT ? " | and " + (count - SPELLED_OUT) + " more" : "";
        return "The field update was refused and nothing was changed ("
                + (count == 1 ? "1 problem" : count + " problems") + "): " + spelledOut + more;
    }
}
