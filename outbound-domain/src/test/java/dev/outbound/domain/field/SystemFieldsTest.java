package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.outbound.domain.record.PhoneType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SystemFieldsTest {

    @Test
    void theFourEditableSystemFieldsInDisplayOrder() {
        assertThat(SystemFields.all())
                .extracting(FieldDefinition::name, FieldDefinition::displayName, FieldDefinition::fieldType,
                        FieldDefinition::valueType, FieldDefinition::editable, FieldDefinition::mandatory)
                .containsExactly(
                        tuple("GSW_FROM", "Call From", FieldType.TIME, ValueType.STRING, true, true),
                        tuple("GSW_UNTIL", "Call Until", FieldType.TIME, ValueType.STRING, true, true),
                        tuple("GSW_PHONE", "Phone", FieldType.VAR_CHAR, ValueType.STRING, true, true),
                        tuple("GSW_PHONE_TYPE", "Phone Type", FieldType.ENUM, ValueType.NUMBER, true, false));
        assertThat(SystemFields.PHONE_FIELD.maxLength()).isEqualTo(64);
    }

    @Test
    void phoneTypeOffersTheTwelvePhoneTypesInCodeOrder() {
        assertThat(SystemFields.PHONE_TYPE_FIELD.options().keySet())
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(SystemFields.PHONE_TYPE_FIELD.options().values())
                .containsExactlyElementsOf(Arrays.stream(PhoneType.values()).map(PhoneType::label).toList());
        assertThat(SystemFields.PHONE_TYPE_FIELD.options()).containsEntry("9", "Pin Pager");
    }

    @Test
    void emptyingThePhoneTypeStoresNoneBecauseEveryRecordHasOne() {
        FieldCatalog catalog = FieldCatalog.withSystemFields(java.util.List.of());
        java.util.Map<String, FieldValue> update = new java.util.HashMap<>();
        update.put("GSW_PHONE_TYPE", FieldValue.of(null));

        assertThat(catalog.validateUpdate(update, java.util.Map.of("GSW_PHONE_TYPE", 4L)))
                .containsEntry("GSW_PHONE_TYPE", 0L);
        assertThat(SystemFields.emptyValueOf("GSW_PHONE_TYPE")).contains(0L);
        assertThat(SystemFields.emptyValueOf("Custom_Note")).isEmpty();
    }

    @Test
    void onlyCallFromAndCallUntilAreTheCallingWindow() {
        assertThat(SystemFields.isCallingWindow("GSW_FROM")).isTrue();
        assertThat(SystemFields.isCallingWindow("GSW_UNTIL")).isTrue();
        assertThat(SystemFields.isCallingWindow("GSW_PHONE")).isFalse();
        assertThat(SystemFields.isCallingWindow(null)).isFalse();
    }
}
