package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldDefinitionTest {

    @Test
    void factoriesSetTheTypesAndAUsableMaxLength() {
        assertThat(FieldDefinition.varChar("NOTE", "Note", true, false, 40))
                .extracting(FieldDefinition::fieldType, FieldDefinition::valueType, FieldDefinition::maxLength)
                .containsExactly(FieldType.VAR_CHAR, ValueType.STRING, 40);
        assertThat(FieldDefinition.character("FLAG", "Flag", true, false).maxLength()).isEqualTo(1);
        assertThat(FieldDefinition.integer("N", "N", true, false).valueType()).isEqualTo(ValueType.NUMBER);
        assertThat(FieldDefinition.decimal("N", "N", true, false).fieldType()).isEqualTo(FieldType.FLOAT);
        assertThat(FieldDefinition.date("D", "D", true, false).valueType()).isEqualTo(ValueType.STRING);
        assertThat(FieldDefinition.time("T", "T", true, false).fieldType()).isEqualTo(FieldType.TIME);
        assertThat(FieldDefinition.bool("B", "B", true, false).valueType()).isEqualTo(ValueType.BOOLEAN);
        assertThat(FieldDefinition.integer("N", "N", true, false).withValueType(ValueType.STRING).valueType())
                .isEqualTo(ValueType.STRING);
    }

    @Test
    void aMissingDisplayNameFallsBackToTheName() {
        assertThat(FieldDefinition.varChar("GSW_CUSTOM_STRING", null, true, false, 10).displayName())
                .isEqualTo("GSW_CUSTOM_STRING");
        assertThat(FieldDefinition.varChar("GSW_CUSTOM_STRING", " ", true, false, 10).displayName())
                .isEqualTo("GSW_CUSTOM_STRING");
    }

    @Test
    void optionsKeepTheirOrderAndAreACopyThatCannotChange() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("b", "Bee");
        options.put("a", "Ay");
        FieldDefinition level = FieldDefinition.enumeration("LEVEL", "Level", ValueType.STRING, true, false, options);
        options.put("c", "See");

        assertThat(level.options()).containsExactly(Map.entry("b", "Bee"), Map.entry("a", "Ay"));
        assertThatThrownBy(() -> level.options().put("d", "Dee")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nonEnumFieldsHaveNoOptions() {
        FieldDefinition note = new FieldDefinition("NOTE", "Note", FieldType.VAR_CHAR, ValueType.STRING, true, false,
                null, 10);
        assertThat(note.options()).isEmpty();
    }

    @Test
    void toFieldCarriesTheDefinitionAndTheValue() {
        Field field = SystemFields.PHONE_TYPE_FIELD.toField("9");

        assertThat(field).isEqualTo(new Field("GSW_PHONE_TYPE", "Phone Type", "9", true, false, FieldType.ENUM,
                ValueType.NUMBER, SystemFields.PHONE_TYPE_FIELD.options()));
    }

    static Stream<Arguments> brokenDefinitions() {
        Map<String, String> nullLabel = new HashMap<>();
        nullLabel.put("1", null);
        return Stream.of(
                Arguments.of("blank name", definition(" ", FieldType.VAR_CHAR, ValueType.STRING, Map.of(), 10)),
                Arguments.of("null name", definition(null, FieldType.VAR_CHAR, ValueType.STRING, Map.of(), 10)),
                Arguments.of("no field type", definition("F", null, ValueType.STRING, Map.of(), 10)),
                Arguments.of("no value type", definition("F", FieldType.VAR_CHAR, null, Map.of(), 10)),
                Arguments.of("time as number", definition("F", FieldType.TIME, ValueType.NUMBER, Map.of(), 10)),
                Arguments.of("date as number", definition("F", FieldType.DATE, ValueType.NUMBER, Map.of(), 10)),
                Arguments.of("char as boolean", definition("F", FieldType.CHAR, ValueType.BOOLEAN, Map.of(), 1)),
                Arguments.of("var-char as number",
                        definition("F", FieldType.VAR_CHAR, ValueType.NUMBER, Map.of(), 10)),
                Arguments.of("int as boolean", definition("F", FieldType.INT, ValueType.BOOLEAN, Map.of(), 10)),
                Arguments.of("float as boolean", definition("F", FieldType.FLOAT, ValueType.BOOLEAN, Map.of(), 10)),
                Arguments.of("bool as number", definition("F", FieldType.BOOL, ValueType.NUMBER, Map.of(), 10)),
                Arguments.of("enum as boolean",
                        definition("F", FieldType.ENUM, ValueType.BOOLEAN, Map.of("1", "One"), 10)),
                Arguments.of("enum without options", definition("F", FieldType.ENUM, ValueType.STRING, Map.of(), 10)),
                Arguments.of("enum with null options", definition("F", FieldType.ENUM, ValueType.STRING, null, 10)),
                Arguments.of("options on var-char",
                        definition("F", FieldType.VAR_CHAR, ValueType.STRING, Map.of("a", "A"), 10)),
                Arguments.of("blank option key",
                        definition("F", FieldType.ENUM, ValueType.STRING, Map.of(" ", "Blank"), 10)),
                Arguments.of("option without label", definition("F", FieldType.ENUM, ValueType.STRING, nullLabel, 10)),
                Arguments.of("number enum with word key",
                        definition("F", FieldType.ENUM, ValueType.NUMBER, Map.of("one", "One"), 10)),
                Arguments.of("number enum with padded key",
                        definition("F", FieldType.ENUM, ValueType.NUMBER, Map.of("09", "Nine"), 10)),
                Arguments.of("number enum with decimal key",
                        definition("F", FieldType.ENUM, ValueType.NUMBER, Map.of("1.5", "One and a half"), 10)),
                Arguments.of("zero max length", definition("F", FieldType.VAR_CHAR, ValueType.STRING, Map.of(), 0)),
                Arguments.of("negative max length",
                        definition("F", FieldType.VAR_CHAR, ValueType.STRING, Map.of(), -1)),
                Arguments.of("char longer than one", definition("F", FieldType.CHAR, ValueType.STRING, Map.of(), 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDefinitions")
    void brokenDefinitionsAreRefused(String problem, Runnable construction) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }

    @Test
    void refusalsNameTheFieldAndTheProblem() {
        assertThatThrownBy(() -> new FieldDefinition("GSW_FROM", "Call From", FieldType.TIME, ValueType.NUMBER, true,
                true, Map.of(), 5))
                .hasMessage("field GSW_FROM: a time field cannot have valueType number");
    }

    private static Runnable definition(String name, FieldType fieldType, ValueType valueType,
            Map<String, String> options, int maxLength) {
        return () -> new FieldDefinition(name, "Label", fieldType, valueType, true, false, options, maxLength);
    }
}
