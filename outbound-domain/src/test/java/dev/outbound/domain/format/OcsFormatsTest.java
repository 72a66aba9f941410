package dev.outbound.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The desktop's date and time forms: written with leading zeros, read strictly, and each the other's inverse. */
class OcsFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2031-05-27T10:55, 05/27/2031 10:55",
        "2031-01-01T00:00, 01/01/2031 00:00",
        "2031-12-31T23:59, 12/31/2031 23:59",
        "0999-02-03T04:05, 02/03/0999 04:05",
        "0001-01-01T00:00, 01/01/0001 00:00",
        "9999-12-31T23:59, 12/31/9999 23:59",
        "+10000-01-01T00:00, 01/01/10000 00:00"})
    void dateTimesAreWrittenAsTheDesktopWritesThem(String iso, String expected) {
        LocalDateTime dateTime = LocalDateTime.parse(iso);

        assertThat(OcsFormats.formatDateTime(dateTime)).isEqualTo(expected).isEqualTo(String.format(
                "%02d/%02d/%04d %02d:%02d", dateTime.getMonthValue(), dateTime.getDayOfMonth(), dateTime.getYear(),
                dateTime.getHour(), dateTime.getMinute()));
    }

    @Test
    void everyMinuteOfADayIsWrittenAndReadBack() {
        LocalDateTime minute = LocalDateTime.parse("2032-02-29T00:00");
        for (int i = 0; i < 24 * 60; i++, minute = minute.plusMinutes(1)) {
            String written = OcsFormats.formatDateTime(minute);
            assertThat(OcsFormats.parseDateTime(written)).contains(minute);
            assertThat(OcsFormats.formatTimeOfDay(minute.toLocalTime())).isEqualTo(written.substring(11));
            assertThat(OcsFormats.parseTimeOfDay(written.substring(11))).contains(minute.toLocalTime());
        }
    }

    @Test
    void timesOfDayHaveTwoDigitsEach() {
        assertThat(OcsFormats.formatTimeOfDay(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(OcsFormats.formatTimeOfDay(LocalTime.of(23, 59, 59))).isEqualTo("23:59");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"02/30/2031 10:00", "13/01/2031 10:00", "01/01/2031 24:00", "1/1/31 9:5",
        "01/01/2031 10.00", "2031-01-01 10:00", " 01/01/2031 10:00", "01/01/0000 10:00"})
    void onlyRealDatesInTheExactFormAreRead(String text) {
        assertThat(OcsFormats.parseDateTime(text)).isEmpty();
    }
}
