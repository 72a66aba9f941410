package dev.outbound.domain.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.OutboundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** However a number is written, the Do Not Call list compares the same digits. */
class ListedNumberTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+33647005", "+33 647 005", "+33-647-005", "+33 (647) 005", "+33.647.005", "33647005",
        "0033647005", "00 33 647 005", " +33647005 "})
    void writingsOfOneNumberAreOneListedNumber(String written) {
        assertThat(ListedNumber.of(written)).contains(new ListedNumber("33647005"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+33647006", "336470050", "3364700", "0647005", "+0033647005"})
    void otherNumbersAreNotTheSame(String written) {
        assertThat(ListedNumber.of(written)).isPresent().get().isNotEqualTo(new ListedNumber("33647005"));
    }

    @Test
    void aSingleZeroIsNotAnInternationalPrefix() {
        assertThat(ListedNumber.of("06 47 00 99")).contains(new ListedNumber("0647009" + "9"));
        assertThat(ListedNumber.of("00")).contains(new ListedNumber("00"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+33647005", "33647005", "0033647005", "+0033647005", "00", "0", "+", "", "+33 647 005",
        "06 47", "ext.", "+1(555)0100"})
    void theDigitsAloneAreThoseOfTheListedForm(String written) {
        assertThat(ListedNumber.digitsOf(written)).isEqualTo(ListedNumber.of(written).map(ListedNumber::digits)
                .orElse(null));
    }

    @Test
    void textWithoutDigitsIsNoNumber() {
        assertThat(ListedNumber.of("ext. -")).isEmpty();
        assertThat(ListedNumber.of("")).isEmpty();
        assertThat(ListedNumber.of(null)).isEmpty();
    }

    @Test
    void theListedFormIsDigitsOnly() {
        assertThatThrownBy(() -> new ListedNumber("+1555")).isInstanceOf(OutboundException.class)
                .hasMessageContaining("one or more digits 0-9");
        assertThatThrownBy(() -> new ListedNumber("")).isInstanceOf(OutboundException.class);
    }
}
