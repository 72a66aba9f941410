package dev.outbound.domain;

/**
 * The stable, UPPER_SNAKE code of every failure the outbound domain and its application core can report.
 *
 * <p>Codes are part of the public contract: clients switch on them, the docs list them, and they never change
 * meaning. The message that travels with a code is for people and may be reworded.
 */
public enum ErrorCode {
    // --- values that do not have the required shape ---
    /** A value given to the domain is missing, blank, or not of the required shape. */
    INVALID_VALUE(ErrorKind.INVALID),
    /** A record's flat GSW_* form misses a required key or carries a value of the wrong type. */
    INVALID_RECORD(ErrorKind.INVALID),
    /** A calling window (GSW_FROM / GSW_UNTIL) is outside 0..86399 seconds since midnight. */
    INVALID_CALLING_WINDOW(ErrorKind.INVALID),
    /** A time zone offset (GSW_TZ_OFFSET) is outside -18h..+18h. */
    INVALID_TIME_ZONE(ErrorKind.INVALID),
    /** A phone type is not one of the twelve GSW_PHONE_TYPE values. */
    INVALID_PHONE_TYPE(ErrorKind.INVALID),

    // --- call results ---
    /** A call result parameter is not a whole number. */
    INVALID_CALL_RESULT(ErrorKind.INVALID),
    /** A call result code is a number but not one of the results this desktop offers. */
    CALL_RESULT_NOT_OFFERED(ErrorKind.INVALID),
    /** A call result was set while Do Not Call is pending on the interaction. */
    CALL_RESULT_WHILE_DO_NOT_CALL(ErrorKind.CONFLICT),

    // --- fields ---
    /** An updateRecordFields request was refused as a whole; the exception lists every violation. */
    FIELD_UPDATE_REJECTED(ErrorKind.INVALID),
    /** Violation: the update names a field the record does not have. */
    UNKNOWN_FIELD(ErrorKind.INVALID),
    /** Violation: the update names a field that is not editable. */
    FIELD_NOT_EDITABLE(ErrorKind.INVALID),
    /** Violation: the JSON type of the value does not match the field's valueType. */
    WRONG_VALUE_TYPE(ErrorKind.INVALID),
    /** Violation: the value is of the right type but not valid for the field type (bad number, date, time...). */
    INVALID_FIELD_VALUE(ErrorKind.INVALID),
    /** Violation: the value is longer than the field allows. */
    FIELD_VALUE_TOO_LONG(ErrorKind.INVALID),
    /** Violation: an enum field was given a key that is not among its options. */
    FIELD_OPTION_NOT_OFFERED(ErrorKind.INVALID),
    /** Violation: the update would empty a mandatory field. */
    MANDATORY_FIELD_EMPTY(ErrorKind.INVALID),
    /** An update that names no field at all. */
    FIELD_UPDATE_EMPTY(ErrorKind.INVALID),

    // --- rescheduling ---
    /** A reschedule date is not a real date-time in the strict MM/DD/YYYY HH:MM form (24-hour clock). */
    INVALID_RESCHEDULE_DATE(ErrorKind.INVALID),
    /** A reschedule date is not in the future, seen in the record's own time zone. */
    RESCHEDULE_IN_PAST(ErrorKind.INVALID),
    /** A reschedule date falls in a daylight-saving gap of the record's time zone: that local time never happens. */
    RESCHEDULE_IN_DST_GAP(ErrorKind.INVALID),
    /** A callback type other than CAMPAIGN or PERSONAL. */
    INVALID_CALLBACK_TYPE(ErrorKind.INVALID),
    /** cancelReschedule on an interaction that has no pending reschedule. */
    NO_RESCHEDULE_PENDING(ErrorKind.CONFLICT),

    // --- do not call ---
    /** removeDoNotCall on an interaction that has no pending Do Not Call mark. */
    DO_NOT_CALL_NOT_PENDING(ErrorKind.CONFLICT),
    /** A record cannot be both rescheduled and marked Do Not Call: one must be cancelled first. */
    RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL(ErrorKind.CONFLICT),

    // --- interactions and their life cycle ---
    /** No interaction of this agent has that id (it never existed, belongs to someone else, or is finished). */
    INTERACTION_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The request is not allowed in the interaction's current state (for example: reject after dialing). */
    WRONG_INTERACTION_STATE(ErrorKind.CONFLICT),
    /** A record handle that is not part of the interaction's chain. */
    RECORD_NOT_IN_CHAIN(ErrorKind.NOT_FOUND),
    /** A request that acts on "the" preview interaction, when the agent has none. */
    NO_PREVIEW_INTERACTION(ErrorKind.NOT_FOUND),
    /** A request that acts on "the" preview interaction, when the agent has several: the id must be given. */
    SEVERAL_PREVIEW_INTERACTIONS(ErrorKind.CONFLICT),

    // --- campaigns and the backend ---
    /** No campaign of that name is loaded for this agent's group. */
    CAMPAIGN_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The campaign is loaded but not started, or its dialing mode does not allow this request. */
    CAMPAIGN_NOT_ACTIVE(ErrorKind.CONFLICT),
    /** The campaign has no record that can be dialed now ("No Records Available"). */
    NO_RECORDS_AVAILABLE(ErrorKind.NOT_FOUND),
    /** The backend does not know the record handle (never delivered, or already finished). */
    RECORD_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The number to dial, or its customer, is on the Do Not Call list: it is never dialed. */
    NUMBER_ON_DO_NOT_CALL_LIST(ErrorKind.CONFLICT),
    /** The record may not be dialed now: it is outside its calling window, in the record's own time zone. */
    OUTSIDE_CALLING_WINDOW(ErrorKind.CONFLICT),
    /** The backend understood the request and refused it. */
    BACKEND_REFUSED(ErrorKind.CONFLICT),
    /** The backend could not be reached or did not answer in time; nothing was lost and the request may be retried. */
    BACKEND_UNAVAILABLE(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    /** The kind of failure, which decides how an adapter reports it. */
    public ErrorKind kind() {
        return kind;
    }
}
