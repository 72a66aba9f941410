package dev.outbound.domain.schedule;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import dev.outbound.domain.format.OcsFormats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Turns a reschedule request ({@code rescheduleDate}, {@code callbackType}) into a {@link Callback}, reading the
 * date on the customer's clock: in the record's own time zone, never the agent's and never UTC.
 *
 * <p>The checks run in this order, and the first failure is reported:
 * <ol>
 *   <li>the date has the strict form {@code MM/DD/YYYY HH:MM} and is a real date on a 24-hour clock
 *       ({@link ErrorCode#INVALID_RESCHEDULE_DATE});</li>
 *   <li>the callback type is exactly CAMPAIGN or PERSONAL ({@link ErrorCode#INVALID_CALLBACK_TYPE});</li>
 *   <li>that local time exists in the record's zone: it does not fall in a daylight-saving gap, when clocks
 *       jump forward ({@link ErrorCode#RESCHEDULE_IN_DST_GAP});</li>
 *   <li>the moment is strictly after now ({@link ErrorCode#RESCHEDULE_IN_PAST}).</li>
 * </ol>
 * Form checks come before rules that need the zone and the clock, so a person fixes typing mistakes first.
 *
 * <p>When the local time happens twice (clocks go back in autumn), the earlier of the two moments is chosen: the
 * customer asked for "01:30" and the first 01:30 comes first; calling an hour late would be worse than on time.
 */
public final class Rescheduling {
    private static final String EXPECTED_FORM =
            "expected " + OcsFormats.DATE_TIME_PATTERN + ", a real date on a 24-hour clock";

    private Rescheduling() {}

    /**
     * The callback that {@code rescheduleDate} (read in {@code zone}) and {@code callbackType} ask for, checked in
     * the order described on this class. {@code now} is the current instant, passed in.
     */
    public static Callback schedule(String rescheduleDate, String callbackType, RecordTimeZone zone, Instant now) {
        Require.present(zone, "record time zone");
        Require.present(now, "current time");
        LocalDateTime local = OcsFormats.parseDateTime(rescheduleDate)
                .orElseThrow(() -> invalidDate(rescheduleDate));
        CallbackType type = CallbackType.parse(callbackType);
        Instant at = instantOf(local, zone);
        if (!at.isAfter(now)) {
            throw new OutboundException(ErrorCode.RESCHEDULE_IN_PAST,
                    "reschedule date " + rescheduleDate + " is not in the future in the record's time zone "
                            + zone.describe() + ": the record's local time now is "
                            + OcsFormats.formatDateTime(localTimeAt(zone, now)));
        }
        return new Callback(at, type);
    }

    /** What the customer's clock shows at {@code instant}: the local date-time in the record's zone. */
    public static LocalDateTime localTimeAt(RecordTimeZone zone, Instant instant) {
        Require.present(zone, "record time zone");
        Require.present(instant, "instant");
        return LocalDateTime.ofInstant(instant, zone.zone());
    }

    /** The instant {@code local} names in the record's zone: refused in a gap, the earlier one in an overlap. */
    private static Instant instantOf(LocalDateTime local, RecordTimeZone zone) {
        ZoneId region = zone.zone();
        ZoneOffsetTransition transition = region.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            throw new OutboundException(ErrorCode.RESCHEDULE_IN_DST_GAP,
                    "reschedule date " + OcsFormats.formatDateTime(local) + " falls in a daylight-saving gap of"
                            + " the record's time zone " + zone.describe() + ": clocks jump from "
                            + OcsFormats.formatTimeOfDay(transition.getDateTimeBefore().toLocalTime()) + " to "
                            + OcsFormats.formatTimeOfDay(transition.getDateTimeAfter().toLocalTime())
                            + ", so this local time does not exist that day;"
                            + " choose another time");
        }
        return ZonedDateTime.ofLocal(local, region, null).withEarlierOffsetAtOverlap().toInstant();
    }

    private static OutboundException invalidDate(String text) {
        String given = text == null ? "is missing" : "\"" + text + "\" is not valid";
        return new OutboundException(ErrorCode.INVALID_RESCHEDULE_DATE,
                "reschedule date " + given + ": " + EXPECTED_FORM);
    }
}
