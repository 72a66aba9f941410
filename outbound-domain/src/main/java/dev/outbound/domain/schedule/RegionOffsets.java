package dev.outbound.domain.schedule;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The offsets a region zone uses under its current rules: its standard offset and, when it keeps daylight saving,
 * its daylight-saving offset (for America/New_York: -05:00 and -04:00; for Asia/Tokyo: +09:00 only).
 *
 * <p>"Current rules" is computed from the time-zone data alone, without reading the clock: when the region has
 * yearly transition rules (it keeps daylight saving now), the offsets those rules switch between; otherwise the
 * offset in force since the region's last transition. The answer therefore changes only when the JDK's
 * time-zone data is updated, never with the date the code runs.
 *
 * @param standard the standard (winter) offset
 * @param daylight the daylight-saving (summer) offset, empty when the region keeps no daylight saving
 */
public record RegionOffsets(ZoneOffset standard, Optional<ZoneOffset> daylight) {

    public RegionOffsets {
        Require.present(standard, "standard offset");
        Require.present(daylight, "daylight-saving offset (Optional.empty() when there is none)");
        if (daylight.filter(standard::equals).isPresent()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE,
                    "a daylight-saving offset must differ from the standard offset, both were " + standard);
        }
    }

    /** The offsets {@code region} uses under its current rules (see the type's description). */
    public static RegionOffsets of(ZoneId region) {
        ZoneRules rules = Require.present(region, "region zone").getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (!yearly.isEmpty()) {
            ZoneOffset standard = yearly.get(0).getStandardOffset();
            Optional<ZoneOffset> daylight = yearly.stream()
                    .flatMap(rule -> Stream.of(rule.getOffsetBefore(), rule.getOffsetAfter()))
                    .filter(offset -> !offset.equals(standard))
                    .findFirst();
            return new RegionOffsets(standard, daylight);
        }
        List<ZoneOffsetTransition> history = rules.getTransitions();
        Instant sinceLastChange = history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).getInstant();
        ZoneOffset standard = rules.getStandardOffset(sinceLastChange);
        ZoneOffset inForce = rules.getOffset(sinceLastChange);
        return new RegionOffsets(standard, inForce.equals(standard) ? Optional.empty() : Optional.of(inForce));
    }

    /** Whether the region keeps daylight saving. */
    public boolean observesDaylightSaving() {
        return daylight.isPresent();
    }

    /** Whether {@code offset} is the standard or the daylight-saving offset of the region. */
    public boolean uses(ZoneOffset offset) {
        return standard.equals(offset) || (daylight.isPresent() && daylight.get().equals(offset));
    }
}
