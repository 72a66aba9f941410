package dev.outbound.domain.schedule;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hours in which a record may be dialed: {@code GSW_FROM} and {@code GSW_UNTIL}, seconds since midnight on the
 * record's own clock (its {@link RecordTimeZone}), both ends included, judged to the second.
 *
 * <p>A window whose start is later than its end wraps midnight: 22:00-06:00 is open from 22:00 to 23:59:59 and
 * from 00:00 to 06:00. Seconds are read as wall-clock time of day: on a day when clocks jump, "09:00" is the moment
 * the clock shows 09:00, not nine hours after midnight.
 *
 * @param fromSeconds  {@code GSW_FROM}, 0..86399
 * @param untilSeconds {@code GSW_UNTIL}, 0..86399
 */
public record CallingWindow(int fromSeconds, int untilSeconds) {
    private static final int LAST_SECOND_OF_DAY = 86_399;
    /** How far {@link #nextOpening} looks: enough for any real zone, even one that skipped a whole day. */
    private static final int SEARCH_DAYS = 8;

    public CallingWindow {
        requireSecondOfDay(fromSeconds, "calling window start GSW_FROM");
        requireSecondOfDay(untilSeconds, "calling window end GSW_UNTIL");
    }

    /** The window that is always open: 00:00:00 to 23:59:59. */
    public static CallingWindow allDay() {
        return new CallingWindow(0, LAST_SECOND_OF_DAY);
    }

    /** The window from {@code from} to {@code until} (seconds beyond the whole second are ignored). */
    public static CallingWindow of(LocalTime from, LocalTime until) {
        return new CallingWindow(Require.present(from, "window start").toSecondOfDay(),
                Require.present(until, "window end").toSecondOfDay());
    }

    /** The time of day the window opens. */
    public LocalTime opens() {
        return LocalTime.ofSecondOfDay(fromSeconds);
    }

    /** The last time of day the window is open (included). */
    public LocalTime closes() {
        return LocalTime.ofSecondOfDay(untilSeconds);
    }

    /** Whether the window wraps midnight (its start is later than its end). */
    public boolean wrapsMidnight() {
        return fromSeconds > untilSeconds;
    }

    /** Whether a clock showing {@code timeOfDay} is inside the window, both ends included, to the second. */
    public boolean contains(LocalTime timeOfDay) {
        int second = Require.present(timeOfDay, "time of day").toSecondOfDay();
        return wrapsMidnight()
                ? second >= fromSeconds || second <= untilSeconds
                : second >= fromSeconds && second <= untilSeconds;
    }

    /** Whether the record may be dialed at {@code instant}, reading the clock in the record's own {@code zone}. */
    public boolean isOpenAt(Instant instant, RecordTimeZone zone) {
        return isOpenAt(Require.present(instant, "instant"), Require.present(zone, "record time zone").zone());
    }

    /**
     * The first instant at or after {@code from} at which the window is open in {@code zone}: {@code from} itself
     * when it is open then. Correct across daylight-saving changes: a window that opens inside a gap opens when
     * the clocks jump (if the new time is still inside the window), and a window that clocks going back re-enter
     * opens again at that moment. Empty only if the window never opens within the next eight days, which no real
     * zone does.
     */
    public Optional<Instant> nextOpening(Instant from, RecordTimeZone zone) {
        Require.present(from, "instant");
        ZoneId clock = Require.present(zone, "record time zone").zone();
        if (isOpenAt(from, clock)) {
            return Optional.of(from);
        }
        Optional<Instant> simple = nextOpeningWithoutClockChange(from, clock);
        if (simple.isPresent()) {
            return simple;
        }
        Instant horizon = from.plus(Duration.ofDays(SEARCH_DAYS));
        return candidateOpenings(from, horizon, clock).stream()
                .filter(candidate -> candidate.isAfter(from) && !candidate.isAfter(horizon))
                .filter(candidate -> isOpenAt(candidate, clock))
                .min(Comparator.naturalOrder());
    }

    /**
     * The usual case, without building the full list of candidates: when the clocks do not change between
     * {@code from} and the next time they show the opening time, local time runs on evenly, so the window (closed
     * at {@code from}) opens exactly then. Empty when a clock change lies in between; the full search decides then.
     */
    private Optional<Instant> nextOpeningWithoutClockChange(Instant from, ZoneId clock) {
        ZoneRules rules = clock.getRules();
        ZoneOffset offset = rules.getOffset(from);
        LocalDateTime local = LocalDateTime.ofInstant(from, offset);
        LocalDateTime opening = local.toLocalDate().atTime(opens());
        if (!opening.isAfter(local)) {
            opening = opening.plusDays(1);
        }
        Instant candidate = opening.toInstant(offset);
        ZoneOffsetTransition change = rules.nextTransition(from);
        if (change != null && !change.getInstant().isAfter(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * Every instant at which a closed window can become open: when the clock reaches the opening time of day (once
     * per valid offset, so twice in an overlap), and when the clock jumps (a daylight-saving transition).
     */
    private List<Instant> candidateOpenings(Instant from, Instant horizon, ZoneId clock) {
        ZoneRules rules = clock.getRules();
        List<Instant> candidates = new ArrayList<>();
        LocalDate firstDay = LocalDate.ofInstant(from, clock).minusDays(1);
        LocalDate lastDay = LocalDate.ofInstant(horizon, clock).plusDays(1);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDateTime opening = day.atTime(opens());
            for (ZoneOffset offset : rules.getValidOffsets(opening)) {
                candidates.add(opening.toInstant(offset));
            }
        }
        for (ZoneOffsetTransition jump = rules.nextTransition(from);
                jump != null && !jump.getInstant().isAfter(horizon);
                jump = rules.nextTransition(jump.getInstant())) {
            candidates.add(jump.getInstant());
        }
        return candidates;
    }

    private boolean isOpenAt(Instant instant, ZoneId clock) {
        return contains(LocalTime.ofInstant(instant, clock));
    }

    private static void requireSecondOfDay(int seconds, String what) {
        if (seconds < 0 || seconds > LAST_SECOND_OF_DAY) {
            throw new OutboundException(ErrorCode.INVALID_CALLING_WINDOW,
                    what + " must be seconds since midnight from 0 to 86399 (23:59:59), was " + seconds);
        }
    }
}
