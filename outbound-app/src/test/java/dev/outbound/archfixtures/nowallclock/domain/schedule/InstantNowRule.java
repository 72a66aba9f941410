package dev.outbound.archfixtures.nowallclock.domain.schedule;

import java.time.Instant;

/**
 * VIOLATION: {@code Instant.now()}.
 */
public final class InstantNowRule {
    public boolean due(Instant at) {
        return !at.isAfter(Instant.now());
    }
}
