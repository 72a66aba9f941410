package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.Require;

/** The number OCS assigns to a record for the session ({@code GSW_RECORD_HANDLE}); desktops name records by it. */
public record RecordHandle(long value) {
    public RecordHandle {
        Require.inRange(value, 1, Long.MAX_VALUE, "record handle", ErrorCode.INVALID_VALUE);
    }

    public static RecordHandle of(long value) {
        return new RecordHandle(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
