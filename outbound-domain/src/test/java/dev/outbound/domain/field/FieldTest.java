package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.OutboundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTest {

    @Test
    void optionsAreAnOrderedCopyAndAbsentOptionsAreEmpty() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("3", "Business With Extension");
        options.put("2", "Direct Business Phone");
        Field field = new Field("GSW_PHONE_TYPE", "Phone Type", null, true, false, FieldType.ENUM, ValueType.NUMBER,
                options);
        options.clear();

        assertThat(field.options()).containsExactly(Map.entry("3", "Business With Extension"),
                Map.entry("2", "Direct Business Phone"));
        assertThat(new Field("N", "N", "1", true, false, FieldType.INT, ValueType.NUMBER, null).options()).isEmpty();
    }

    @Test
    void theValueMayBeAbsentButNotTheName() {
        assertThat(new Field("N", "N", null, true, false, FieldType.INT, ValueType.NUMBER, Map.of()).value()).isNull();
        assertThatThrownBy(() -> new Field("", "N", "1", true, false, FieldType.INT, ValueType.NUMBER, Map.of()))
                .isInstanceOf(OutboundException.class);
    }
}
