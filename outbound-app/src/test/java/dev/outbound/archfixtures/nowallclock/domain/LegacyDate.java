package dev.outbound.archfixtures.nowallclock.domain;

import java.util.Calendar;
import java.util.Date;

/**
 * VIOLATION: {@code new Date()} and {@code Calendar.getInstance()}.
 */
public final class LegacyDate {
    public Date now() {
        return new Date();
    }

    public Calendar calendar() {
        return Calendar.getInstance();
    }
}
