package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallingWindowTest {
    private static final RecordTimeZone ACT = new RecordTimeZone("ACT", 34200);
    private static final RecordTimeZone EST = new RecordTimeZone("EST", -18000);
    private static final RecordTimeZone PST = new RecordTimeZone("PST", -28800);
    private static final CallingWindow NINE_TO_FIVE = CallingWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0));

    @ParameterizedTest(name = "from {0} until {1}")
    @CsvSource({"-1, 100", "100, -1", "86400, 100", "100, 86400", "0, 86400", "-86399, 0",
        "2147483647, 0", "0, -2147483648"})
    void refusesBoundsOutsideTheDay(int from, int until) {
        assertThatThrownBy(() -> new CallingWindow(from, until))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CALLING_WINDOW);
                    assertThat(e.getMessage()).contains(from < 0 || from > 86399 ? "GSW_FROM" : "GSW_UNTIL",
                            "0 to 86399");
                });
    }

    @ParameterizedTest(name = "from {0} until {1}")
    @CsvSource({"0, 86399", "0, 0", "86399, 86399", "86399, 0", "32400, 61200"})
    void acceptsBoundsWithinTheDay(int from, int until) {
        CallingWindow window = new CallingWindow(from, until);
        assertThat(window.opens()).isEqualTo(LocalTime.ofSecondOfDay(from));
        assertThat(window.closes()).isEqualTo(LocalTime.ofSecondOfDay(until));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"08:59:59, false", "09:00, true", "12:00, true", "17:00, true", "17:00:00.999, true",
        "17:00:01, false", "00:00, false", "23:59:59, false"})
    void aDaytimeWindowIncludesBothEnds(LocalTime time, boolean open) {
        assertThat(NINE_TO_FIVE.wrapsMidnight()).isFalse();
        assertThat(NINE_TO_FIVE.contains(time)).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"21:59:59, false", "22:00, true", "23:59:59, true", "00:00, true", "03:00, true", "06:00, true",
        "06:00:01, false", "12:00, false"})
    void aWindowWhoseStartIsAfterItsEndWrapsMidnight(LocalTime time, boolean open) {
        CallingWindow night = CallingWindow.of(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(night.wrapsMidnight()).isTrue();
        assertThat(night.contains(time)).isEqualTo(open);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "00:00:01", "12:00", "23:59:59", "23:59:59.999999999"})
    void allDayContainsEveryTime(LocalTime time) {
        assertThat(CallingWindow.allDay()).isEqualTo(new CallingWindow(0, 86399));
        assertThat(CallingWindow.allDay().contains(time)).isTrue();
    }

    @Test
    void aOneSecondWindowContainsThatSecondOnly() {
        CallingWindow noon = new CallingWindow(43200, 43200);
        assertThat(noon.contains(LocalTime.NOON)).isTrue();
        assertThat(noon.contains(LocalTime.NOON.minusSeconds(1))).isFalse();
        assertThat(noon.contains(LocalTime.NOON.plusSeconds(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-05-27T00:00:00Z", "2026-01-01T14:29:59Z", "2026-04-05T16:30:00Z",
        "2026-10-04T15:59:59Z", "2031-12-31T23:59:59.999Z"})
    void theSeedsActRecordWithAnAllDayWindowIsOpenAtAnyInstant(Instant instant) {
        assertThat(new CallingWindow(0, 86399).isOpenAt(instant, ACT)).isTrue();
    }

    @Test
    void eachRecordIsJudgedOnItsOwnClock() {
        Instant januaryAfternoonUtc = Instant.parse("2026-01-15T14:30:00Z"); // 09:30 EST, 06:30 PST
        Instant januaryEveningUtc = Instant.parse("2026-01-15T23:00:00Z"); // 18:00 EST, 15:00 PST

        assertThat(NINE_TO_FIVE.isOpenAt(januaryAfternoonUtc, EST)).isTrue();
        assertThat(NINE_TO_FIVE.isOpenAt(januaryAfternoonUtc, PST)).isFalse();
        assertThat(NINE_TO_FIVE.isOpenAt(januaryEveningUtc, EST)).isFalse();
        assertThat(NINE_TO_FIVE.isOpenAt(januaryEveningUtc, PST)).isTrue();
    }

    @Test
    void theWindowFollowsDaylightSaving() {
        Instant januaryMorningUtc = Instant.parse("2026-01-15T13:30:00Z"); // 08:30 EST in January
        Instant sameUtcInJuly = Instant.parse("2026-07-15T13:30:00Z"); // 09:30 EDT in July
        assertThat(NINE_TO_FIVE.isOpenAt(januaryMorningUtc, EST)).isFalse();
        assertThat(NINE_TO_FIVE.isOpenAt(sameUtcInJuly, EST)).isTrue();
        // a record whose name is unknown keeps its offset all year
        assertThat(NINE_TO_FIVE.isOpenAt(sameUtcInJuly, new RecordTimeZone("XYZ", -18000))).isFalse();
    }

    @Test
    void guardsItsArguments() {
        assertThatThrownBy(() -> NINE_TO_FIVE.isOpenAt(null, EST)).isInstanceOf(OutboundException.class);
        assertThatThrownBy(() -> NINE_TO_FIVE.isOpenAt(Instant.EPOCH, null)).isInstanceOf(OutboundException.class);
        assertThatThrownBy(() -> NINE_TO_FIVE.contains(null)).isInstanceOf(OutboundException.class);
    }
}
