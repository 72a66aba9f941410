package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldCatalogTest {

    @Test
    void systemFieldsComeFirstThenTheCustomFields() {
        FieldCatalog catalog = Catalogs.seed();

        assertThat(catalog.definitions()).extracting(FieldDefinition::name)
                .containsExactly("GSW_FROM", "GSW_UNTIL", "GSW_PHONE", "GSW_PHONE_TYPE", "GSW_CUSTOM_STRING");
    }

    @Test
    void eachFieldIsDefinedOnce() {
        assertThatThrownBy(() -> FieldCatalog.withSystemFields(
                List.of(FieldDefinition.varChar("GSW_PHONE", "Phone again", true, false, 10))))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE))
                .hasMessageContaining("GSW_PHONE appears twice");
    }

    @Test
    void theDefinitionsAreACopyThatCannotChange() {
        List<FieldDefinition> definitions = new ArrayList<>(SystemFields.all());
        FieldCatalog catalog = new FieldCatalog(definitions);
        definitions.clear();

        assertThat(catalog.definitions()).hasSize(4);
        assertThatThrownBy(() -> catalog.definitions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsFieldsByExactName() {
        FieldCatalog catalog = Catalogs.seed();

        assertThat(catalog.find("GSW_PHONE")).contains(SystemFields.PHONE_FIELD);
        assertThat(catalog.find("gsw_phone")).isEmpty();
        assertThat(catalog.find("GSW_CALL_RESULT")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void describeGivesOneFieldPerDefinitionInOrderWithNullForAbsentValues() {
        List<Field> fields = Catalogs.everyKind().describe(Map.of("GSW_PHONE", "5550100"));

        assertThat(fields).extracting(Field::name)
                .containsExactlyElementsOf(Catalogs.everyKind().definitions().stream().map(FieldDefinition::name)
                        .toList());
        assertThat(fields).filteredOn(field -> !field.name().equals("GSW_PHONE")).extracting(Field::value)
                .containsOnlyNulls();
    }

    static Stream<Arguments> storedValuesAndTheirText() {
        return Stream.of(
                Arguments.of("GSW_FROM", 36900L, "10:15"),
                Arguments.of("GSW_FROM", 0L, "00:00"),
                Arguments.of("GSW_UNTIL", 86399L, "23:59"),
                Arguments.of("GSW_UNTIL", 36959, "10:15"),
                Arguments.of("GSW_UNTIL", 86400L, "86400"),
                Arguments.of("GSW_FROM", "10.15", "10.15"),
                Arguments.of("CUSTOM_TIME", "09:30", "09:30"),
                Arguments.of("GSW_PHONE_TYPE", 9L, "9"),
                Arguments.of("GSW_PHONE", "+1 555 0100", "+1 555 0100"),
                Arguments.of("CUSTOM_INT", 42L, "42"),
                Arguments.of("CUSTOM_INT", 42, "42"),
                Arguments.of("CUSTOM_FLOAT", new BigDecimal("12.50"), "12.50"),
                Arguments.of("CUSTOM_FLOAT", new BigDecimal("1E+3"), "1000"),
                Arguments.of("CUSTOM_FLOAT", 0.5d, "0.5"),
                Arguments.of("CUSTOM_FLOAT_TEXT", "12.50", "12.50"),
                Arguments.of("CUSTOM_BOOL", true, "true"),
                Arguments.of("CUSTOM_BOOL", false, "false"),
                Arguments.of("CUSTOM_DATE", "12/31/2031 23:59", "12/31/2031 23:59"),
                Arguments.of("CUSTOM_LEVEL", "gold", "gold"));
    }

    @ParameterizedTest(name = "{0} = {1} is shown as {2}")
    @MethodSource("storedValuesAndTheirText")
    void describeRendersStoredValuesAsText(String name, Object stored, String shown) {
        Map<String, Object> record = new HashMap<>();
        record.put(name, stored);

        Field field = Catalogs.everyKind().describe(record).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow();

        assertThat(field.value()).isEqualTo(shown);
    }
}
