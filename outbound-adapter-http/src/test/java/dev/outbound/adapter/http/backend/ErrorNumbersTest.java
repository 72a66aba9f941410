package dev.outbound.adapter.http.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.ErrorCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error code has its own number, outside the protocol's 9xx, and the number leads back to the code. */
class ErrorNumbersTest {
    @Test
    void numbersAreUniqueAndLeadBackToTheirCode() {
        List<Integer> numbers = Arrays.stream(ErrorCode.values()).map(ErrorNumbers::of).toList();

        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(100, 899));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ErrorNumbers.codeOf(ErrorNumbers.of(code))).contains(code);
        }
    }

    @Test
    void theOcsErrorsHaveTheirNumbers() {
        assertThat(ErrorNumbers.of(ErrorCode.NO_RECORDS_AVAILABLE)).isEqualTo(103);
        assertThat(ErrorNumbers.of(ErrorCode.RECORD_NOT_FOUND)).isEqualTo(104);
        assertThat(ErrorNumbers.codeOf(ErrorNumbers.UNAUTHORIZED)).isEmpty();
    }
}
