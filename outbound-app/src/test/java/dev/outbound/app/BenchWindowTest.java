package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bench's window: work starts at once, counts after the warm-up, and no cycle starts after the deadline. */
class BenchWindowTest {
    private final BenchWindow window = new BenchWindow(1_000, 3_000, 8_000);

    @Test
    void onlyWhatStartsAfterTheWarmUpCounts() {
        assertThat(window.measures(2_999)).isFalse();
        assertThat(window.measures(3_000)).isTrue();
    }

    @Test
    void noCycleStartsAtOrAfterTheDeadline() {
        assertThat(window.open(7_999)).isTrue();
        assertThat(window.open(8_000)).isFalse();
    }

    @Test
    void secondsAreCountedFromTheEndOfTheWarmUpAndNeverZero() {
        assertThat(window.measuredSeconds(3_000 + 2_000_000_000L)).isEqualTo(2.0);
        assertThat(window.measuredSeconds(3_000)).isPositive();
    }

    @Test
    void aWindowMustHaveItsPartsInOrder() {
        assertThatThrownBy(() -> new BenchWindow(5, 4, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchWindow(5, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
