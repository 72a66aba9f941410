package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReschedulingTest {
    private static final RecordTimeZone ACT = new RecordTimeZone("ACT", 34200);
    private static final RecordTimeZone EST = new RecordTimeZone("EST", -18000);
    private static final RecordTimeZone EDT = new RecordTimeZone("EDT", -14400);
    private static final RecordTimeZone PST = new RecordTimeZone("PST", -28800);
    private static final RecordTimeZone GMT = new RecordTimeZone("GMT", 0);
    private static final RecordTimeZone BST = new RecordTimeZone("BST", 3600);
    private static final Instant NEW_YEAR_2026 = Instant.parse("2026-01-01T00:00:00Z");

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String... messageParts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OutboundException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (messageParts.length > 0) {
                assertThat(e.getMessage()).contains(messageParts);
            }
        });
    }

    @Nested
    class DateForm {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"02/30/2031 10:00", "13/01/2031 10:00", "01/01/2031 24:00", "1/1/31 9:5",
            "05/27/2031 10:60", " 05/27/2031 10:55", "05-27-2031 10:55", "05/27/2031 10:55 PM",
            "05/27/2031 10.55", "2031-05-27 10:55", "05/27/2031T10:55", "00/10/2031 10:00", "02/29/2031 10:00",
            "05/27/2031", "05/27/2031 10:55:00", "05/27/2031 10:55 "})
        void refusesAnythingButARealDateInTheStrictForm(String date) {
            assertRefused(() -> Rescheduling.schedule(date, "PERSONAL", EST, NEW_YEAR_2026),
                    ErrorCode.INVALID_RESCHEDULE_DATE, "expected MM/DD/YYYY HH:MM, a real date on a 24-hour clock",
                    date == null ? "missing" : "\"" + date + "\"");
        }

        @Test
        void acceptsALeapDayAndTheLastMinuteOfTheDay() {
            assertThat(Rescheduling.schedule("02/29/2028 23:59", "CAMPAIGN", GMT, NEW_YEAR_2026).at())
                    .isEqualTo("2028-02-29T23:59:00Z");
            assertThat(Rescheduling.schedule("01/01/2031 00:00", "CAMPAIGN", GMT, NEW_YEAR_2026).at())
                    .isEqualTo("2031-01-01T00:00:00Z");
        }
    }

    @Nested
    class CallbackTypes {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"campaign", "Personal", "CALLBACK", " PERSONAL"})
        void refusesAnythingButCampaignOrPersonal(String type) {
            assertRefused(() -> Rescheduling.schedule("05/27/2031 10:55", type, EST, NEW_YEAR_2026),
                    ErrorCode.INVALID_CALLBACK_TYPE, "CAMPAIGN", "PERSONAL");
        }

        @Test
        void keepsTheTypeAsked() {
            assertThat(Rescheduling.schedule("05/27/2031 10:55", "CAMPAIGN", EST, NEW_YEAR_2026).type())
                    .isEqualTo(CallbackType.CAMPAIGN);
            assertThat(Rescheduling.schedule("05/27/2031 10:55", "PERSONAL", EST, NEW_YEAR_2026).type())
                    .isEqualTo(CallbackType.PERSONAL);
        }
    }

    @Nested
    class ReadInTheRecordsZone {
        @Test
        void theSeedsSampleIsInThePastWithAClockIn2026AndTheMessageShowsTheRecordsClock() {
            Instant now = Instant.parse("2026-04-12T08:00:00Z"); // 17:30 in Darwin
            assertRefused(() -> Rescheduling.schedule("05/27/2021 10:55", "PERSONAL", ACT, now),
                    ErrorCode.RESCHEDULE_IN_PAST, "05/27/2021 10:55", "ACT (Australia/Darwin)", "04/12/2026 17:30");
        }

        @Test
        void theSeedsExampleAgentInBstCustomerInEdtInOneHourIsTenThirtyCustomerTime() {
            Instant now = Instant.parse("2026-07-15T13:30:00Z"); // agent: 14:30 BST, customer: 09:30 EDT
            assertThat(Rescheduling.localTimeAt(BST, now)).isEqualTo("2026-07-15T14:30");
            assertThat(Rescheduling.localTimeAt(EDT, now)).isEqualTo("2026-07-15T09:30");

            Callback inOneHour = Rescheduling.schedule("07/15/2026 10:30", "PERSONAL", EDT, now);
            assertThat(inOneHour.at()).isEqualTo("2026-07-15T14:30:00Z");

            Callback agentsClockByMistake = Rescheduling.schedule("07/15/2026 15:30", "PERSONAL", EDT, now);
            assertThat(agentsClockByMistake.at()).isEqualTo("2026-07-15T19:30:00Z"); // six hours, not one
        }

        @Test
        void aMinuteInThePastInTheRecordsZoneFailsWhileARecordBehindItAcceptsTheSameText() {
            Instant now = Instant.parse("2026-01-15T15:00:00Z"); // 10:00 in New York, 07:00 in Los Angeles
            String nineFiftyNine = "01/15/2026 09:59";

            assertRefused(() -> Rescheduling.schedule(nineFiftyNine, "CAMPAIGN", EST, now),
                    ErrorCode.RESCHEDULE_IN_PAST, "EST (America/New_York)", "01/15/2026 10:00");
            assertThat(Rescheduling.schedule(nineFiftyNine, "CAMPAIGN", PST, now).at())
                    .isEqualTo("2026-01-15T17:59:00Z");
        }

        @Test
        void nowItselfIsNotTheFutureButOneMinuteLaterIs() {
            Instant now = Instant.parse("2026-01-15T15:00:00Z");
            assertRefused(() -> Rescheduling.schedule("01/15/2026 10:00", "CAMPAIGN", EST, now),
                    ErrorCode.RESCHEDULE_IN_PAST);
            assertThat(Rescheduling.schedule("01/15/2026 10:01", "CAMPAIGN", EST, now).at())
                    .isEqualTo("2026-01-15T15:01:00Z");
        }

        @Test
        void aFixedOffsetRecordIsReadAtItsOffset() {
            RecordTimeZone unknown = new RecordTimeZone("XYZ", 19800);
            assertThat(Rescheduling.schedule("01/15/2026 10:00", "CAMPAIGN", unknown, NEW_YEAR_2026).at())
                    .isEqualTo("2026-01-15T04:30:00Z");
        }

        @Test
        void anEstRecordInSummerIsReadWithDaylightSaving() {
            assertThat(Rescheduling.schedule("07/15/2026 10:00", "CAMPAIGN", EST, NEW_YEAR_2026).at())
                    .isEqualTo("2026-07-15T14:00:00Z");
        }

        @Test
        void localTimeAtIsTheCustomersClock() {
            Instant instant = Instant.parse("2026-01-15T15:00:00Z");
            assertThat(Rescheduling.localTimeAt(ACT, instant)).isEqualTo(LocalDateTime.parse("2026-01-16T00:30"));
            assertThat(Rescheduling.localTimeAt(PST, instant)).isEqualTo(LocalDateTime.parse("2026-01-15T07:00"));
        }
    }

    @Nested
    class DaylightSaving {
        @ParameterizedTest(name = "{1} in {0}")
        @CsvSource({
            "EST, 03/08/2026 02:30, 02:00, 03:00",
            "EST, 03/08/2026 02:00, 02:00, 03:00",
            "EST, 03/08/2026 02:59, 02:00, 03:00",
            "EDT, 03/08/2026 02:30, 02:00, 03:00",
            "GMT, 03/29/2026 01:30, 01:00, 02:00",
            "BST, 03/29/2026 01:30, 01:00, 02:00",
            "AEST, 10/04/2026 02:30, 02:00, 03:00",
        })
        void aLocalTimeInASpringForwardGapIsRefused(String name, String date, String jumpFrom, String jumpTo) {
            RecordTimeZone zone = new RecordTimeZone(name, OcsTimeZones.offsetsOf(
                    OcsTimeZones.region(name).orElseThrow()).standard().getTotalSeconds());
            assertRefused(() -> Rescheduling.schedule(date, "PERSONAL", zone, NEW_YEAR_2026),
                    ErrorCode.RESCHEDULE_IN_DST_GAP, date, zone.describe(), jumpFrom, jumpTo,
                    "does not exist that day");
        }

        @Test
        void theMinutesAroundTheGapExist() {
            assertThat(Rescheduling.schedule("03/08/2026 01:59", "PERSONAL", EST, NEW_YEAR_2026).at())
                    .isEqualTo("2026-03-08T06:59:00Z");
            assertThat(Rescheduling.schedule("03/08/2026 03:00", "PERSONAL", EST, NEW_YEAR_2026).at())
                    .isEqualTo("2026-03-08T07:00:00Z");
        }

        @Test
        void aFixedOffsetRecordHasNoGap() {
            RecordTimeZone fixed = RecordTimeZone.fixed(ZoneOffset.ofHours(-5));
            assertThat(Rescheduling.schedule("03/08/2026 02:30", "PERSONAL", fixed, NEW_YEAR_2026).at())
                    .isEqualTo("2026-03-08T07:30:00Z");
        }

        @ParameterizedTest(name = "{1} in {0} is {2}")
        @CsvSource({
            "EST, 11/01/2026 01:30, 2026-11-01T05:30:00Z",
            "EST, 11/01/2026 01:00, 2026-11-01T05:00:00Z",
            "GMT, 10/25/2026 01:30, 2026-10-25T00:30:00Z",
            "AEST, 04/05/2026 02:30, 2026-04-04T15:30:00Z",
        })
        void aLocalTimeThatHappensTwiceIsTheEarlierOne(String name, String date, Instant expected) {
            RecordTimeZone zone = new RecordTimeZone(name, OcsTimeZones.offsetsOf(
                    OcsTimeZones.region(name).orElseThrow()).standard().getTotalSeconds());
            assertThat(Rescheduling.schedule(date, "CAMPAIGN", zone, NEW_YEAR_2026).at()).isEqualTo(expected);
        }
    }

    @Nested
    class OrderOfChecks {
        private final Instant in2027 = Instant.parse("2027-01-01T00:00:00Z");

        @Test
        void aBadDateIsReportedBeforeABadCallbackType() {
            assertRefused(() -> Rescheduling.schedule("02/30/2031 10:00", "personal", EST, in2027),
                    ErrorCode.INVALID_RESCHEDULE_DATE);
        }

        @Test
        void aBadCallbackTypeIsReportedBeforeAGap() {
            assertRefused(() -> Rescheduling.schedule("03/08/2026 02:30", "personal", EST, in2027),
                    ErrorCode.INVALID_CALLBACK_TYPE);
        }

        @Test
        void aGapIsReportedBeforeThePast() {
            assertRefused(() -> Rescheduling.schedule("03/08/2026 02:30", "PERSONAL", EST, in2027),
                    ErrorCode.RESCHEDULE_IN_DST_GAP);
        }

        @Test
        void missingZoneOrClockAreProgrammingErrors() {
            assertRefused(() -> Rescheduling.schedule("05/27/2031 10:55", "PERSONAL", null, in2027),
                    ErrorCode.INVALID_VALUE);
            assertRefused(() -> Rescheduling.schedule("05/27/2031 10:55", "PERSONAL", EST, null),
                    ErrorCode.INVALID_VALUE);
        }
    }
}
