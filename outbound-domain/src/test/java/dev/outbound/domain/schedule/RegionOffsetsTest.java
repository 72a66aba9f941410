package dev.outbound.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionOffsetsTest {

    @Test
    void aRegionWithDaylightSavingUsesBothOffsetsAndNoOther() {
        RegionOffsets newYork = RegionOffsets.of(ZoneId.of("America/New_York"));
        assertThat(newYork.observesDaylightSaving()).isTrue();
        assertThat(newYork.uses(ZoneOffset.ofHours(-5))).isTrue();
        assertThat(newYork.uses(ZoneOffset.ofHours(-4))).isTrue();
        assertThat(newYork.uses(ZoneOffset.ofHours(-6))).isFalse();
    }

    @Test
    void aRegionWithoutDaylightSavingUsesItsCurrentOffsetOnlyNotOnesFromItsHistory() {
        RegionOffsets darwin = RegionOffsets.of(ZoneId.of("Australia/Darwin"));
        assertThat(darwin).isEqualTo(new RegionOffsets(ZoneOffset.ofHoursMinutes(9, 30), Optional.empty()));
        assertThat(darwin.uses(ZoneOffset.ofHoursMinutes(10, 30))).isFalse(); // wartime daylight saving, 1940s
    }

    @Test
    void aFixedOffsetUsesOnlyItself() {
        RegionOffsets fixed = RegionOffsets.of(ZoneOffset.ofHours(3));
        assertThat(fixed).isEqualTo(new RegionOffsets(ZoneOffset.ofHours(3), Optional.empty()));
    }

    @Test
    void guardsItsInvariants() {
        assertThatThrownBy(() -> new RegionOffsets(ZoneOffset.UTC, Optional.of(ZoneOffset.UTC)))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> new RegionOffsets(null, Optional.empty()))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> new RegionOffsets(ZoneOffset.UTC, null))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
}
