package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OcsTimeZonesTest {

    @ParameterizedTest(name = "{0} -> {1}, standard {2}, daylight {3}")
    @CsvSource(nullValues = "none", value = {
        "ACT,  Australia/Darwin,    +09:30, none",
        "PST,  America/Los_Angeles, -08:00, -07:00",
        "PDT,  America/Los_Angeles, -08:00, -07:00",
        "MST,  America/Denver,      -07:00, -06:00",
        "MDT,  America/Denver,      -07:00, -06:00",
        "CST,  America/Chicago,     -06:00, -05:00",
        "CDT,  America/Chicago,     -06:00, -05:00",
        "EST,  America/New_York,    -05:00, -04:00",
        "EDT,  America/New_York,    -05:00, -04:00",
        "GMT,  Europe/London,       Z,      +01:00",
        "BST,  Europe/London,       Z,      +01:00",
        "CET,  Europe/Paris,        +01:00, +02:00",
        "CEST, Europe/Paris,        +01:00, +02:00",
        "EET,  Europe/Helsinki,     +02:00, +03:00",
        "EEST, Europe/Helsinki,     +02:00, +03:00",
        "JST,  Asia/Tokyo,          +09:00, none",
        "AEST, Australia/Sydney,    +10:00, +11:00",
        "AEDT, Australia/Sydney,    +10:00, +11:00",
        "HST,  Pacific/Honolulu,    -10:00, none",
        "IST,  Asia/Kolkata,        +05:30, none",
    })
    void everyRequiredNameResolvesToItsRegionWithItsOffsets(String name, String region, String standard,
            String daylight) {
        ZoneId zone = OcsTimeZones.region(name).orElseThrow();
        assertThat(zone).isEqualTo(ZoneId.of(region));
        RegionOffsets offsets = OcsTimeZones.offsetsOf(zone);
        assertThat(offsets.standard()).isEqualTo(ZoneOffset.of(standard));
        assertThat(offsets.daylight()).isEqualTo(Optional.ofNullable(daylight).map(ZoneOffset::of));
    }

    @ParameterizedTest
    @ValueSource(strings = {"est", "Est", "eSt", "EST"})
    void lookupIgnoresCase(String name) {
        assertThat(OcsTimeZones.region(name)).contains(ZoneId.of("America/New_York"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XYZ", " EST", "EST ", "America/New_York", "ACST", "UTC+1"})
    void unknownNamesResolveToNothing(String name) {
        assertThat(OcsTimeZones.region(name)).isEmpty();
    }

    @Test
    void everyEntryOfTheTableResolvesAndItsOffsetsAreKnown() {
        assertThat(OcsTimeZones.table()).hasSizeGreaterThanOrEqualTo(20);
        OcsTimeZones.table().forEach((name, region) -> {
            assertThat(name).isUpperCase();
            assertThat(OcsTimeZones.region(name)).contains(region);
            assertThat(OcsTimeZones.offsetsOf(region)).isEqualTo(RegionOffsets.of(region));
        });
    }

    @Test
    void theTableKeepsItsOrderAndCannotBeChanged() {
        assertThat(OcsTimeZones.table().keySet()).startsWith("HST", "AKST", "AKDT", "PST", "PDT");
        assertThatThrownBy(() -> OcsTimeZones.table().put("XYZ", ZoneOffset.UTC))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void offsetsOfARegionOutsideTheTableAreComputedToo() {
        RegionOffsets phoenix = OcsTimeZones.offsetsOf(ZoneId.of("America/Phoenix"));
        assertThat(phoenix.standard()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(phoenix.observesDaylightSaving()).isFalse();
    }
}
