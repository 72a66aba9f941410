package dev.outbound.archfixtures.nowallclock.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * VIOLATION: a use case reading the wall clock in six more ways.
 */
public final class DefaultZoneService {
    public List<Object> nows() {
        return List.of(ZonedDateTime.now(), LocalDateTime.now(), LocalTime.now(), OffsetDateTime.now(),
                Clock.systemDefaultZone(), Clock.system(ZoneId.of("Europe/Paris")));
    }
}
