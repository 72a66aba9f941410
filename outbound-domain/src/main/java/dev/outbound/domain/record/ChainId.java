package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.Require;

/** Identifies a chain ({@code GSW_CHAIN_ID}): the records of one customer, one phone number each. */
public record ChainId(long value) {
    public ChainId {
        Require.inRange(value, 0, Long.MAX_VALUE, "chain id", ErrorCode.INVALID_VALUE);
    }

    public static ChainId of(long value) {
        return new ChainId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
