package dev.outbound.domain;

/**
 * The broad kind of a failure, which decides how a driving adapter reports it (for HTTP: 400, 404, 409, 503).
 * Each {@link ErrorCode} belongs to exactly one kind.
 */
public enum ErrorKind {
    /** The request itself is wrong: a bad value, a bad format, a missing or unexpected parameter. */
    INVALID,
    /** The thing the request names does not exist for this agent (interaction, record, campaign). */
    NOT_FOUND,
    /** The request is well formed but not allowed now: wrong state, a rule of the domain, or a backend refusal. */
    CONFLICT,
    /** A part the service depends on (the campaign backend) cannot be reached; the request may be retried. */
    UNAVAILABLE
}
