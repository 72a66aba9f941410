package dev.outbound.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's own samples for getRecordFields and updateRecordFields, with the brief's corrections (GSW_FROM, not
 * GWS_FROM; fieldType, not type; GSW_FROM editable, since the updateRecordFields sample updates it).
 */
class SeedSamplesTest {

    /** The seed's GSW_PHONE_TYPE options, in the seed's (alphabetical by label) order. */
    private static final Map<String, String> SEED_PHONE_TYPE_OPTIONS = Map.ofEntries(
            Map.entry("3", "Business With Extension"), Map.entry("2", "Direct Business Phone"),
            Map.entry("10", "Email Address"), Map.entry("1", "Home Phone"), Map.entry("11", "Instant Messaging"),
            Map.entry("4", "Mobile"), Map.entry("7", "Modem"), Map.entry("0", "None"), Map.entry("6", "Pager"),
            Map.entry("9", "Pin Pager"), Map.entry("5", "Vacation Phone"), Map.entry("8", "Voice Mail"));

    @Test
    void getRecordFieldsDescribesTheSeedsFields() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("GSW_FROM", 36900L); // 10:15, which the seed shows as "10.15"
        record.put(Catalogs.CUSTOM_STRING, "Custom message");

        List<Field> fields = Catalogs.seed().describe(record);

        assertThat(field(fields, "GSW_FROM")).isEqualTo(new Field("GSW_FROM", "Call From", "10:15", true, true,
                FieldType.TIME, ValueType.STRING, Map.of()));
        assertThat(field(fields, "GSW_CUSTOM_STRING")).isEqualTo(new Field("GSW_CUSTOM_STRING", "GSW_CUSTOM_STRING",
                "Custom message", true, false, FieldType.VAR_CHAR, ValueType.STRING, Map.of()));
        Field phoneType = field(fields, "GSW_PHONE_TYPE");
        assertThat(phoneType).extracting(Field::displayName, Field::value, Field::isEditable, Field::isMandatory,
                Field::fieldType, Field::valueType)
                .containsExactly("Phone Type", null, true, false, FieldType.ENUM, ValueType.NUMBER);
        assertThat(phoneType.options()).containsExactlyInAnyOrderEntriesOf(SEED_PHONE_TYPE_OPTIONS);
        assertThat(phoneType.fieldType().wireName()).isEqualTo("enum");
        assertThat(phoneType.valueType().wireName()).isEqualTo("number");
    }

    @Test
    void aRecordThatKeepsTheCallingWindowAsTextIsShownAsStored() {
        Field from = field(Catalogs.seed().describe(Map.of("GSW_FROM", "10.15")), "GSW_FROM");

        assertThat(from.value()).isEqualTo("10.15");
    }

    @Test
    void updateRecordFieldsAcceptsTheSeedsSampleRequest() {
        Map<String, FieldValue> sample = FieldValue.allOf(seedUpdateSample());
        Map<String, Object> record = Catalogs.seedRecord();
        Map<String, Object> recordBefore = new LinkedHashMap<>(record);

        Map<String, Object> stored = Catalogs.seed().validateUpdate(sample, record);

        assertThat(stored).containsExactly(
                Map.entry("GSW_FROM", 36900L),
                Map.entry("GSW_UNTIL", 85500L),
                Map.entry("GSW_PHONE_TYPE", 9L),
                Map.entry("GSW_CUSTOM_STRING", "Custom message"));
        assertThat(record).isEqualTo(recordBefore);
    }

    @Test
    void afterTheSampleUpdateTheFieldsShowTheNewValues() {
        Map<String, Object> record = Catalogs.seedRecord();
        record.putAll(Catalogs.seed().validateUpdate(FieldValue.allOf(seedUpdateSample()), record));

        assertThat(Catalogs.seed().describe(record)).extracting(Field::name, Field::value).containsExactly(
                tuple("GSW_FROM", "10:15"),
                tuple("GSW_UNTIL", "23:45"),
                tuple("GSW_PHONE", "5550100"),
                tuple("GSW_PHONE_TYPE", "9"),
                tuple("GSW_CUSTOM_STRING", "Custom message"));
    }

    /** {GSW_FROM: '10.15', GSW_UNTIL: '23:45', GSW_PHONE_TYPE: 9, GSW_CUSTOM_STRING: 'Custom message'}. */
    private static Map<String, Object> seedUpdateSample() {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("GSW_FROM", "10.15");
        sample.put("GSW_UNTIL", "23:45");
        sample.put("GSW_PHONE_TYPE", 9);
        sample.put("GSW_CUSTOM_STRING", "Custom message");
        return sample;
    }

    private static Field field(List<Field> fields, String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }
}
