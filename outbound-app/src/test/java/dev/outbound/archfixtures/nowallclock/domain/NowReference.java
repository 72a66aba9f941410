package dev.outbound.archfixtures.nowallclock.domain;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * VIOLATION: the method reference {@code Instant::now} (not a call, but the same wall clock).
 */
public final class NowReference {
    public Supplier<Instant> source() {
        return Instant::now;
    }
}
