package dev.outbound.archfixtures.nowallclock.domain;

/**
 * VIOLATION: {@code System.currentTimeMillis()}.
 */
public final class MillisStamp {
    public long stamp() {
        return System.currentTimeMillis();
    }
}
