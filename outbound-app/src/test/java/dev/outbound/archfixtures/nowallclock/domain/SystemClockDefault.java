package dev.outbound.archfixtures.nowallclock.domain;

import java.time.Clock;

/**
 * VIOLATION: a domain class that picks the system clock itself ({@code Clock.systemUTC()}).
 */
public final class SystemClockDefault {
    private final Clock clock;

    public SystemClockDefault() {
        this.clock = Clock.systemUTC();
    }

    public Clock clock() {
        return clock;
    }
}
