package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** Why a record is in the calling list ({@code GSW_RECORD_TYPE}), with OCS's numbers. */
public enum RecordType {
    GENERAL(2), CAMPAIGN_RESCHEDULED(3), PERSONAL_RESCHEDULED(4), PERSONAL_CALLBACK(5), CAMPAIGN_CALLBACK(6),
    NO_CALL(7);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    /** The number OCS uses for this type. */
    public int code() {
        return code;
    }

    /** Whether records of this type are due at a set time for one agent only. */
    public boolean isPersonal() {
        return this == PERSONAL_RESCHEDULED || this == PERSONAL_CALLBACK;
    }

    /** The type with that OCS number; fails with {@link ErrorCode#INVALID_RECORD} for any other. */
    public static RecordType ofCode(long code) {
        for (RecordType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_RECORD, "GSW_RECORD_TYPE must be one of 2 (General) to "
                + "7 (No Call); was " + code);
    }
}
