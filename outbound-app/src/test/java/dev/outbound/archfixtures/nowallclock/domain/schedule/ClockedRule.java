package dev.outbound.archfixtures.nowallclock.domain.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * ALLOWED (control): time from a Clock passed in ({@code now(clock)}, {@code clock.instant()}), {@code new Date(millis)},
 * and {@code System.nanoTime()} to measure a duration.
 */
public final class ClockedRule {
    private final Clock clock;

    public ClockedRule(Clock clock) {
        this.clock = clock;
    }

    public boolean due(Instant at) {
        return !at.isAfter(Instant.now(clock)) && !at.isAfter(clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Date asDate(Instant at) {
        return new Date(at.toEpochMilli());
    }

    /** Measuring a duration is not telling the time. */
    public Duration measure(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
