package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTypeTest {

    @Test
    void fieldTypesUseTheSeedsWireNames() {
        assertThat(Arrays.stream(FieldType.values()).map(FieldType::wireName))
                .containsExactly("int", "float", "char", "var-char", "date", "time", "bool", "enum");
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void fieldTypeWireNamesReadBack(FieldType type) {
        assertThat(FieldType.fromWireName(type.wireName())).isEqualTo(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"INT", "varchar", "var_char", "string", "Time", " date"})
    void unknownFieldTypeNamesAreRefusedNamingTheAllowedOnes(String wireName) {
        assertThatThrownBy(() -> FieldType.fromWireName(wireName))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE))
                .hasMessageContaining("int, float, char, var-char, date, time, bool, enum");
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void valueTypeWireNamesAreLowerCaseAndReadBack(ValueType type) {
        assertThat(type.wireName()).isEqualTo(type.name().toLowerCase());
        assertThat(ValueType.fromWireName(type.wireName())).isEqualTo(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"STRING", "int", "bool", "object"})
    void unknownValueTypeNamesAreRefusedNamingTheAllowedOnes(String wireName) {
        assertThatThrownBy(() -> ValueType.fromWireName(wireName))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE))
                .hasMessageContaining("string, number, boolean");
    }

    @ParameterizedTest(name = "{0} accepts string={1} number={2} boolean={3}")
    @CsvSource({
        "INT,      true, true,  false",
        "FLOAT,    true, true,  false",
        "CHAR,     true, false, false",
        "VAR_CHAR, true, false, false",
        "DATE,     true, false, false",
        "TIME,     true, false, false",
        "BOOL,     true, false, true",
        "ENUM,     true, true,  false"})
    void eachFieldTypeAcceptsItsValueTypes(FieldType type, boolean string, boolean number, boolean bool) {
        assertThat(type.accepts(ValueType.STRING)).isEqualTo(string);
        assertThat(type.accepts(ValueType.NUMBER)).isEqualTo(number);
        assertThat(type.accepts(ValueType.BOOLEAN)).isEqualTo(bool);
    }
}
