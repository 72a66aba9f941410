package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldValueTest {

    static Stream<Arguments> decodedJsonValues() {
        return Stream.of(
                Arguments.of("10.15", new FieldValue.Text("10.15")),
                Arguments.of("", new FieldValue.Text("")),
                Arguments.of(9, new FieldValue.Numeric(new BigDecimal("9"))),
                Arguments.of(9L, new FieldValue.Numeric(new BigDecimal("9"))),
                Arguments.of((short) 9, new FieldValue.Numeric(new BigDecimal("9"))),
                Arguments.of(new BigInteger("12345678901234567890"),
                        new FieldValue.Numeric(new BigDecimal("12345678901234567890"))),
                Arguments.of(new BigDecimal("9.50"), new FieldValue.Numeric(new BigDecimal("9.50"))),
                Arguments.of(1.1d, new FieldValue.Numeric(new BigDecimal("1.1"))),
                Arguments.of(1.1f, new FieldValue.Numeric(new BigDecimal("1.1"))),
                Arguments.of(true, new FieldValue.Bool(true)),
                Arguments.of(null, new FieldValue.Null()));
    }

    @ParameterizedTest
    @MethodSource("decodedJsonValues")
    void decodedJsonValuesMapToTheirKind(Object decoded, FieldValue expected) {
        assertThat(FieldValue.of(decoded)).isEqualTo(expected);
    }

    static Stream<Object> notJsonScalars() {
        return Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, List.of("a"), Map.of(),
                'c', new Object());
    }

    @ParameterizedTest
    @MethodSource("notJsonScalars")
    void anythingElseIsRefused(Object decoded) {
        assertThatThrownBy(() -> FieldValue.of(decoded))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void valueTypesAreTheJsonTypesAndNullHasNone() {
        assertThat(FieldValue.of("x").valueType()).contains(ValueType.STRING);
        assertThat(FieldValue.of(1).valueType()).contains(ValueType.NUMBER);
        assertThat(FieldValue.of(false).valueType()).contains(ValueType.BOOLEAN);
        assertThat(FieldValue.of(null).valueType()).isEmpty();
    }

    @Test
    void nullAndBlankTextAreEmptyEverythingElseIsNot() {
        assertThat(FieldValue.of(null).isEmpty()).isTrue();
        assertThat(FieldValue.of("").isEmpty()).isTrue();
        assertThat(FieldValue.of(" \t").isEmpty()).isTrue();
        assertThat(FieldValue.of("0").isEmpty()).isFalse();
        assertThat(FieldValue.of(0).isEmpty()).isFalse();
        assertThat(FieldValue.of(false).isEmpty()).isFalse();
    }

    @Test
    void valuesAreWrittenAsJsonLiterals() {
        assertThat(FieldValue.of("say \"hi\"\\\n").asJson()).isEqualTo("\"say \\\"hi\\\"\\\\\\u000a\"");
        assertThat(FieldValue.of(new BigDecimal("9.50")).asJson()).isEqualTo("9.50");
        assertThat(FieldValue.of(new BigDecimal("1E+999999999")).asJson()).isEqualTo("1E+999999999");
        assertThat(FieldValue.of(true).asJson()).isEqualTo("true");
        assertThat(FieldValue.of(null).asJson()).isEqualTo("null");
    }

    @Test
    void textAndNumberNeedAValue() {
        assertThatThrownBy(() -> new FieldValue.Text(null)).isInstanceOf(OutboundException.class);
        assertThatThrownBy(() -> new FieldValue.Numeric(null)).isInstanceOf(OutboundException.class);
    }

    @Test
    void allOfKeepsTheObjectsOrderAndNulls() {
        Map<String, Object> decoded = new LinkedHashMap<>();
        decoded.put("B", 1);
        decoded.put("A", null);
        decoded.put("C", "x");

        assertThat(FieldValue.allOf(decoded)).containsExactly(
                Map.entry("B", FieldValue.number(1)), Map.entry("A", new FieldValue.Null()),
                Map.entry("C", FieldValue.text("x")));
    }

    @Test
    void allOfRefusesAnyValueThatIsNotAJsonScalar() {
        Map<String, Object> decoded = new HashMap<>();
        decoded.put("GSW_PHONE", List.of("555"));

        assertThatThrownBy(() -> FieldValue.allOf(decoded)).isInstanceOf(OutboundException.class);
    }
}
