package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seed page's samples, sent over real HTTP to the service on the embedded default, give its answers. */
class SeedSamplesOverHttpTest {
    static ServiceFixture service;

    @BeforeAll
    static void start() {
        service = new ServiceFixture();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void getListOfCallResultsAnswersTheSeedTableInOrder() {
        Reply reply = service.call(AGENT1, "outbound.getListOfCallResults");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("request").stringValue()).isEqualTo("outbound.getListOfCallResults");
        assertThat(reply.body().get("userAgent").stringValue()).isEqualTo("WWE Server");
        assertThat(reply.body().get("protocolVersion").intValue()).isEqualTo(2);
        assertThat(reply.body().get("referenceId").stringValue()).isEqualTo("r1");
        List<String> names = List.copyOf(reply.data().propertyNames());
        assertThat(names).startsWith("OK", "GENERAL_ERROR", "SYSTEM_ERROR", "BUSY").endsWith("CANCEL_RECORD",
                "WRONG_NUMBER").hasSize(39);
        assertThat(reply.data().get("BUSY").intValue()).isEqualTo(6);
        assertThat(reply.data().get("WRONG_NUMBER").intValue()).isEqualTo(53);
    }

    @Test
    void theSeedChainComesBackDeliveredFirstAndTheSeedUpdateIsAccepted() {
        Reply pulled = service.call(AGENT1, "outbound.getPreviewRecord", "[\"" + ServiceFixture.SEED_CAMPAIGN
                + "\"]");
        assertThat(pulled.status()).isEqualTo(200);
        String id = pulled.data().get("interactionId").stringValue();
        long handle = pulled.data().get("recordHandle").longValue();

        Reply chain = service.call(AGENT1, "outbound.getChainedRecords", "[\"" + id + "\"]");
        assertThat(chain.status()).isEqualTo(200);
        JsonNode records = chain.data().get(0).get("records");
        assertThat(records.get(0).get("GSW_USER_EVENT").stringValue()).isEqualTo("PreviewRecord");
        assertThat(records.get(0).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(handle);
        if (handle == 283) {
            assertThat(records.get(0).get("GSW_TZ_NAME").stringValue()).isEqualTo("ACT");
            assertThat(records.get(0).get("GSW_TZ_OFFSET").intValue()).isEqualTo(34200);
            assertThat(records.get(0).get("Custom_String_with_default").stringValue()).isEqualTo("Hi there!");
            assertThat(records.get(1).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(284);
            assertThat(records.get(1).get("GSW_USER_EVENT").stringValue()).isEqualTo("ChainedRecord");
        }

        Reply update = service.call(AGENT1, "outbound.updateRecordFields", "[\"" + id + "\", {\"GSW_FROM\": "
                + "\"10.15\", \"GSW_UNTIL\": \"23:45\", \"GSW_PHONE_TYPE\": 9, \"GSW_CUSTOM_STRING\": "
                + "\"Custom message\"}]");
        assertThat(update.status()).as(update.body().toString()).isEqualTo(200);
        assertThat(update.data().isNull()).isTrue();

        Reply fields = service.call(AGENT1, "outbound.getRecordFields", "[\"" + id + "\"]");
        JsonNode from = field(fields.data(), "GSW_FROM");
        assertThat(from.get("value").stringValue()).isEqualTo("10:15");
        assertThat(from.get("fieldType").stringValue()).isEqualTo("time");
        assertThat(from.get("displayName").stringValue()).isEqualTo("Call From");
        JsonNode phoneType = field(fields.data(), "GSW_PHONE_TYPE");
        assertThat(phoneType.get("value").stringValue()).isEqualTo("9");
        assertThat(phoneType.get("options").get("9").stringValue()).isEqualTo("Pin Pager");
        assertThat(phoneType.get("valueType").stringValue()).isEqualTo("number");

        Reply reschedule = service.call(AGENT1, "outbound.rescheduleRecord", "[\"" + id + "\", " + handle
                + ", \"05/27/2021 10:55\", \"PERSONAL\"]");
        assertThat(reschedule.status()).isEqualTo(400);
        assertThat(reschedule.errorCode()).isEqualTo("RESCHEDULE_IN_PAST");
        assertThat(reschedule.body().get("errorMessage").stringValue()).contains("05/27/2021 10:55");

        Reply reject = service.call(AGENT1, "outbound.rejectPreviewRecord", "[\"" + id + "\"]");
        assertThat(reject.status()).isEqualTo(200);
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.get("name").stringValue().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }
}
