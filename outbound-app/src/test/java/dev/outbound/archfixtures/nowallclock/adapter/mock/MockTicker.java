package dev.outbound.archfixtures.nowallclock.adapter.mock;

import java.time.Instant;

/**
 * NOT CHECKED by this rule (control): adapters are outside the domain and the application.
 */
public final class MockTicker {
    public Instant tick() {
        return Instant.now();
    }
}
