package dev.outbound.domain.field;

/** The outcome of checking one field of an update: the accepted value, or the reason it was refused. */
sealed interface Checked permits Checked.Accepted, Checked.Refused {

    /**
     * The new value passed every rule. {@code value} is its plain Java form ({@link Long}, {@link
     * java.math.BigDecimal}, {@link String}, {@link java.time.LocalDateTime}, {@link java.time.LocalTime},
     * {@link Boolean}, or the option key), or null when the update empties the field.
     */
    record Accepted(Object value) implements Checked {}

    /** The new value broke a rule. */
    record Refused(FieldViolation violation) implements Checked {}
}
