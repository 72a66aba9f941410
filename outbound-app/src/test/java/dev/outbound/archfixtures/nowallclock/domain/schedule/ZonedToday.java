package dev.outbound.archfixtures.nowallclock.domain.schedule;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * VIOLATION: {@code LocalDate.now(zone)} still reads the system clock.
 */
public final class ZonedToday {
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }
}
