package dev.outbound.archfixtures.domainjdkonly.domain.schedule;

import java.io.File;

/**
 * VIOLATION: a domain class that uses {@code java.io.File}: part of the JDK, but not of the part the domain may use
 * (I/O belongs in adapters).
 */
public final class FileBackedCalendar {
    private final File holidays;

    public FileBackedCalendar(File holidays) {
        this.holidays = holidays;
    }

    public boolean known() {
        return holidays.exists();
    }
}
