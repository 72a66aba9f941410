package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NextOpeningTest {
    private static final RecordTimeZone EST = new RecordTimeZone("EST", -18000);
    private static final RecordTimeZone GMT = new RecordTimeZone("GMT", 0);
    private static final RecordTimeZone ACT = new RecordTimeZone("ACT", 34200);
    private static final CallingWindow NINE_TO_FIVE = window("09:00", "17:00");

    private static CallingWindow window(String from, String until) {
        return CallingWindow.of(LocalTime.parse(from), LocalTime.parse(until));
    }

    @Test
    void anOpenWindowIsOpenNow() {
        Instant now = Instant.parse("2026-01-15T15:00:00Z"); // 10:00 EST
        assertThat(NINE_TO_FIVE.nextOpening(now, EST)).contains(now);
    }

    @Test
    void aClosedWindowOpensAtItsStartOnTheRecordsClock() {
        assertThat(NINE_TO_FIVE.nextOpening(Instant.parse("2026-01-15T12:00:00Z"), EST)) // 07:00 EST
                .contains(Instant.parse("2026-01-15T14:00:00Z"));
        assertThat(NINE_TO_FIVE.nextOpening(Instant.parse("2026-01-15T23:00:00Z"), EST)) // 18:00 EST
                .contains(Instant.parse("2026-01-16T14:00:00Z"));
        assertThat(NINE_TO_FIVE.nextOpening(Instant.parse("2026-01-15T23:00:00Z"), ACT)) // 08:30 ACT
                .contains(Instant.parse("2026-01-15T23:30:00Z"));
    }

    @Test
    void theDayClocksGoForwardTheOpeningComesAnHourEarlierInUtc() {
        assertThat(NINE_TO_FIVE.nextOpening(Instant.parse("2026-03-07T23:00:00Z"), EST))
                .contains(Instant.parse("2026-03-08T13:00:00Z"));
    }

    @Test
    void aWindowOpeningInsideTheGapOpensWhenTheClocksJump() {
        CallingWindow fromHalfPastTwo = window("02:30", "06:00");
        assertThat(fromHalfPastTwo.nextOpening(Instant.parse("2026-03-08T05:00:00Z"), EST)) // 00:00 EST
                .contains(Instant.parse("2026-03-08T07:00:00Z")); // 03:00 EDT, the end of the gap
    }

    @Test
    void aWindowEntirelyInsideTheGapOpensTheNextDay() {
        CallingWindow inTheGap = window("02:15", "02:45");
        assertThat(inTheGap.nextOpening(Instant.parse("2026-03-08T05:00:00Z"), EST))
                .contains(Instant.parse("2026-03-09T06:15:00Z")); // 02:15 EDT on March 9
    }

    @Test
    void whenClocksGoBackIntoTheWindowItOpensAgain() {
        CallingWindow oneToHalfPast = window("01:00", "01:30");
        Instant afterFirstPass = Instant.parse("2026-11-01T05:45:00Z"); // 01:45 EDT
        assertThat(oneToHalfPast.nextOpening(afterFirstPass, EST))
                .contains(Instant.parse("2026-11-01T06:00:00Z")); // 01:00 EST, the second 01:00

        CallingWindow halfPastMidnightToHalfPastOne = window("00:30", "01:30");
        Instant afterItClosed = Instant.parse("2026-11-01T05:31:00Z"); // 01:31 EDT
        assertThat(halfPastMidnightToHalfPastOne.nextOpening(afterItClosed, EST))
                .contains(Instant.parse("2026-11-01T06:00:00Z")); // clocks back to 01:00 EST: open again
    }

    @Test
    void aWrappingWindowOpensInTheEvening() {
        CallingWindow night = window("22:00", "06:00");
        assertThat(night.nextOpening(Instant.parse("2026-06-01T12:00:00Z"), GMT)) // 13:00 BST
                .contains(Instant.parse("2026-06-01T21:00:00Z")); // 22:00 BST
    }

    static Stream<Arguments> windowsZonesAndDays() {
        List<CallingWindow> windows = List.of(NINE_TO_FIVE, window("22:00", "06:00"), window("02:30", "06:00"),
                window("02:15", "02:45"), window("01:00", "01:30"), window("00:30", "01:30"),
                window("00:00", "00:00"), window("23:59", "00:01"), window("01:30", "00:30"),
                CallingWindow.allDay());
        List<RecordTimeZone> zones = List.of(EST, GMT, ACT, new RecordTimeZone("AEST", 36000),
                new RecordTimeZone("XYZ", -12600));
        List<Instant> days = List.of(Instant.parse("2026-03-07T00:00:00Z"), Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-31T00:00:00Z"),
                Instant.parse("2026-04-04T00:00:00Z"), Instant.parse("2026-10-03T00:00:00Z"));
        List<Arguments> cases = new ArrayList<>();
        for (CallingWindow w : windows) {
            for (RecordTimeZone z : zones) {
                for (Instant d : days) {
                    cases.add(Arguments.of(w, z, d));
                }
            }
        }
        return cases.stream();
    }

    /** Compares with a minute-by-minute walk (every opening here falls on a whole minute) over three days. */
    @ParameterizedTest(name = "{0} in {1} from {2}")
    @MethodSource("windowsZonesAndDays")
    void agreesWithAMinuteByMinuteWalkAcrossDaylightSavingChanges(CallingWindow window, RecordTimeZone zone,
            Instant day) {
        for (Instant start = day; start.isBefore(day.plus(Duration.ofDays(2))); start = start.plusSeconds(71 * 60)) {
            assertThat(window.nextOpening(start, zone)).as("from %s", start).isEqualTo(walk(window, zone, start));
        }
    }

    private static Optional<Instant> walk(CallingWindow window, RecordTimeZone zone, Instant start) {
        for (Instant t = start; t.isBefore(start.plus(Duration.ofDays(3))); t = t.plusSeconds(60)) {
            if (window.isOpenAt(t, zone)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
