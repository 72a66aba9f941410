package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DialableNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"5550100", "+1 (555) 010-0199", "+44 20 7946 0958", "555.010.0199", "12", "(02) 1234"})
    void numbersThatLookDialable(String number) {
        assertThat(DialableNumber.looksDialable(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1", "+", "+1", " +12", "12+34", "555#0100", "555 0100 ext 12", "call me", "++12",
        "５５５０１００"})
    void textThatDoesNot(String number) {
        assertThat(DialableNumber.looksDialable(number)).isFalse();
    }
}
