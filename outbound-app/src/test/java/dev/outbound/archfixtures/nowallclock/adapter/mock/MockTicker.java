package dev.outbound.archfixtures.nowallclock.adapter.mock;

import java.time.Instant;

/**
 * VIOLATION: an adapter reads the wall clock instead of the Clock it is given.
 */
public final class MockTicker {
    public Instant tick() {
        return Instant.now();
    }
}
