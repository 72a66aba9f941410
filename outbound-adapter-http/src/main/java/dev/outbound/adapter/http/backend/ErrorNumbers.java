package dev.outbound.adapter.http.backend;

import dev.outbound.domain.ErrorCode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code GSW_ERROR_NUMBER} of every error the backend protocol reports. Numbers are part of the protocol and
 * never change meaning: 1xx campaigns, records and the backend; 2xx values, call results, fields, rescheduling,
 * Do Not Call and interactions; 9xx the protocol itself (malformed requests, authentication, ...). The table is
 * written out in {@code docs/backend-protocol.md}.
 */
public final class ErrorNumbers {
    /** The request line, a parameter or the body is not what the protocol expects. */
    public static final int MALFORMED_REQUEST = 901;
    /** No resource at that path. */
    public static final int UNKNOWN_RESOURCE = 902;
    /** The resource does not take that method. */
    public static final int METHOD_NOT_ALLOWED = 903;
    /** The body is larger than the server accepts. */
    public static final int BODY_TOO_LARGE = 904;
    /** The shared secret is missing or wrong. */
    public static final int UNAUTHORIZED = 905;
    /** A GSW_REFERENCE_ID already used by the agent for a different request. */
    public static final int REFERENCE_ID_REUSED = 906;
    /** The server failed unexpectedly; the failure is in its log. */
    public static final int INTERNAL_ERROR = 907;
    /** A repeated request waited too long for the first one with its reference id to finish. */
    public static final int STILL_PROCESSING = 908;
    /** The resource does not take a request of that name. */
    public static final int UNKNOWN_REQUEST = 909;

    private ErrorNumbers() {}

    /** The number of an error code. Every code has one (the compiler checks that the switch is complete). */
    public static int of(ErrorCode code) {
        return switch (code) {
            case CAMPAIGN_NOT_FOUND -> 101;
            case CAMPAIGN_NOT_ACTIVE -> 102;
            case NO_RECORDS_AVAILABLE -> 103;
            case RECORD_NOT_FOUND -> 104;
            case BACKEND_REFUSED -> 105;
            case BACKEND_UNAVAILABLE -> 106;
            case NUMBER_ON_DO_NOT_CALL_LIST -> 107;
            case OUTSIDE_CALLING_WINDOW -> 108;
            case INVALID_VALUE -> 201;
            case INVALID_RECORD -> 202;
            case INVALID_CALLING_WINDOW -> 203;
            case INVALID_TIME_ZONE -> 204;
            case INVALID_PHONE_TYPE -> 205;
            case INVALID_CALL_RESULT -> 211;
            case CALL_RESULT_NOT_OFFERED -> 212;
            case CALL_RESULT_WHILE_DO_NOT_CALL -> 213;
            case FIELD_UPDATE_REJECTED -> 221;
            case UNKNOWN_FIELD -> 222;
            case FIELD_NOT_EDITABLE -> 223;
            case WRONG_VALUE_TYPE -> 224;
            case INVALID_FIELD_VALUE -> 225;
            case FIELD_VALUE_TOO_LONG -> 226;
            case FIELD_OPTION_NOT_OFFERED -> 227;
            case MANDATORY_FIELD_EMPTY -> 228;
            case FIELD_UPDATE_EMPTY -> 229;
            case INVALID_RESCHEDULE_DATE -> 231;
            case RESCHEDULE_IN_PAST -> 232;
            case RESCHEDULE_IN_DST_GAP -> 233;
            case INVALID_CALLBACK_TYPE -> 234;
            case NO_RESCHEDULE_PENDING -> 235;
            case DO_NOT_CALL_NOT_PENDING -> 241;
            case RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL -> 242;
            case INTERACTION_NOT_FOUND -> 251;
            case WRONG_INTERACTION_STATE -> 252;
            case RECORD_NOT_IN_CHAIN -> 253;
            case NO_PREVIEW_INTERACTION -> 254;
            case SEVERAL_PREVIEW_INTERACTIONS -> 255;
        };
    }

    /** The error code with that number, if it is one of the 1xx/2xx numbers. */
    public static Optional<ErrorCode> codeOf(long number) {
        return Arrays.stream(ErrorCode.values()).filter(code -> of(code) == number).findFirst();
    }
}
