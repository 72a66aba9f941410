package dev.outbound.archfixtures.nowallclock.app;

import java.time.Clock;

/**
 * NOT CHECKED by this rule (control): the app is where the process's clock is chosen and handed to everything.
 */
public final class ProcessClock {
    public Clock clock() {
        return Clock.systemUTC();
    }
}
