package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordTimeZoneTest {
    private static final Instant JANUARY = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant JULY = Instant.parse("2026-07-15T12:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {-64800, -43200, 0, 34200, 50400, 64800})
    void acceptsOffsetsFromMinusToPlusEighteenHours(int offset) {
        assertThat(new RecordTimeZone("", offset).offset()).isEqualTo(ZoneOffset.ofTotalSeconds(offset));
    }

    @ParameterizedTest
    @ValueSource(ints = {-64801, 64801, 86400, -86400, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesOffsetsBeyondEighteenHours(int offset) {
        assertThatThrownBy(() -> new RecordTimeZone("EST", offset))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_ZONE);
                    assertThat(e.getMessage()).contains("GSW_TZ_OFFSET", String.valueOf(offset), "-64800", "64800");
                });
    }

    @Test
    void refusesANullNameButAcceptsAnEmptyOne() {
        assertThatThrownBy(() -> new RecordTimeZone(null, 0))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_ZONE);
                    assertThat(e.getMessage()).contains("GSW_TZ_NAME");
                });
        assertThat(new RecordTimeZone("", 0).zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void theSeedRecordIsAustralianCentralTime() {
        RecordTimeZone act = new RecordTimeZone("ACT", 34200);
        assertThat(act.zone()).isEqualTo(ZoneId.of("Australia/Darwin"));
        assertThat(act.describe()).isEqualTo("ACT (Australia/Darwin)");
    }

    @ParameterizedTest(name = "{0} sent with {1}s is {2} in January and {3} in July")
    @CsvSource({
        "EST, -18000, -05:00, -04:00",
        "EST, -14400, -05:00, -04:00",
        "EDT, -14400, -05:00, -04:00",
        "PST, -28800, -08:00, -07:00",
        "CET,   3600, +01:00, +02:00",
        "GMT,      0, Z,      +01:00",
        "BST,   3600, Z,      +01:00",
        "AEST, 36000, +11:00, +10:00",
        "JST,  32400, +09:00, +09:00",
        "ACT,  34200, +09:30, +09:30",
    })
    void aKnownNameWithOneOfItsOffsetsFollowsTheRegionsDaylightSaving(String name, int offset, String january,
            String july) {
        ZoneId zone = new RecordTimeZone(name, offset).zone();
        assertThat(zone.getRules().getOffset(JANUARY)).isEqualTo(ZoneOffset.of(january));
        assertThat(zone.getRules().getOffset(JULY)).isEqualTo(ZoneOffset.of(july));
    }

    @Test
    void anEstRecordReadAtAJulyInstantIsFourHoursBehindUtc() {
        RecordTimeZone est = new RecordTimeZone("EST", -18000);
        assertThat(est.isRegion()).isTrue();
        assertThat(Rescheduling.localTimeAt(est, JULY)).isEqualTo("2026-07-15T08:00");
    }

    @ParameterizedTest
    @CsvSource({"XYZ, -18000", "'', 19800", "America/New_York, -18000", "UTC, 0"})
    void anUnknownNameFallsBackToTheFixedOffset(String name, int offset) {
        RecordTimeZone zone = new RecordTimeZone(name, offset);
        assertThat(zone.zone()).isEqualTo(ZoneOffset.ofTotalSeconds(offset));
        assertThat(zone.isRegion()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"EST, -21600", "EST, 3600", "PST, -18000", "ACT, 36000", "ACT, -18000", "IST, 3600", "GMT, 7200"})
    void aKnownNameWhoseOffsetDisagreesFallsBackToTheFixedOffset(String name, int offset) {
        RecordTimeZone zone = new RecordTimeZone(name, offset);
        assertThat(zone.zone()).isEqualTo(ZoneOffset.ofTotalSeconds(offset));
        assertThat(zone.zone().getRules().getOffset(JULY)).isEqualTo(zone.zone().getRules().getOffset(JANUARY));
    }

    @ParameterizedTest(name = "{0} {1} sent at {2}: {3}")
    @CsvSource({
        "AEST, 36000,  2026-12-04T00:09:00Z, 39600",
        "AEST, 39600,  2026-07-04T00:09:00Z, 36000",
        "EST,  -18000, 2031-07-15T14:30:00Z, -14400",
        "EST,  -18000, 2031-01-15T14:30:00Z, -18000",
        "ACT,  34200,  2031-01-15T14:30:00Z, 34200",
        "XYZ,  -18000, 2031-07-15T14:30:00Z, -18000",
        "'',   3600,   2031-07-15T14:30:00Z, 3600",
        "EST,  3600,   2031-07-15T14:30:00Z, 3600"})
    void isSentWithTheOffsetInForceThen(String name, int stored, String at, int sent) {
        RecordTimeZone zone = new RecordTimeZone(name, stored);

        RecordTimeZone sentZone = zone.sentAt(Instant.parse(at));

        assertThat(sentZone).isEqualTo(new RecordTimeZone(name, sent));
        assertThat(sentZone.zone()).isEqualTo(zone.zone());
    }

    @Test
    void describesItselfForPeople() {
        assertThat(new RecordTimeZone("EST", -18000).describe()).isEqualTo("EST (America/New_York)");
        assertThat(new RecordTimeZone("XYZ", -18000).describe()).isEqualTo("XYZ (fixed offset -05:00)");
        assertThat(new RecordTimeZone("", 34200).describe()).isEqualTo("UTC+09:30");
        assertThat(new RecordTimeZone("", 0).describe()).isEqualTo("UTC+00:00");
    }

    @Test
    void ofANameAtAnInstantCarriesTheOffsetOcsWouldSendThen() {
        assertThat(RecordTimeZone.of("EST", JANUARY)).isEqualTo(new RecordTimeZone("EST", -18000));
        assertThat(RecordTimeZone.of("EST", JULY)).isEqualTo(new RecordTimeZone("EST", -14400));
        assertThatThrownBy(() -> RecordTimeZone.of("XYZ", JULY))
                .isInstanceOfSatisfying(OutboundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_ZONE);
                    assertThat(e.getMessage()).contains("XYZ", "EST", "ACT");
                });
    }

    @Test
    void fixedHasNoName() {
        assertThat(RecordTimeZone.fixed(ZoneOffset.ofHours(2))).isEqualTo(new RecordTimeZone("", 7200));
    }
}
