package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** Where a record stands in its calling list ({@code GSW_RECORD_STATUS}), with OCS's numbers. */
public enum RecordStatus {
    READY(1), RETRIEVED(2), UPDATED(3), STALE(4), CANCELLED(5), AGENT_ERROR(6), MISSED_CALLBACK(8);

    private final int code;

    RecordStatus(int code) {
        this.code = code;
    }

    /** The number OCS uses for this status. */
    public int code() {
        return code;
    }

    /** Whether a record in this status may still be delivered (it has not been finished). */
    public boolean isOpen() {
        return this == READY || this == STALE || this == MISSED_CALLBACK;
    }

    /** The status with that OCS number; fails with {@link ErrorCode#INVALID_RECORD} for any other. */
    public static RecordStatus ofCode(long code) {
        for (RecordStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_RECORD, "GSW_RECORD_STATUS must be one of 1, 2, 3, 4, 5, 6 "
                + "or 8; was " + code);
    }
}
