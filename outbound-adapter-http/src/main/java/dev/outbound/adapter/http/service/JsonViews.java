package dev.outbound.adapter.http.service;

import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.field.Field;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.schedule.Rescheduling;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How domain values look in the envelopes' {@code data}: the shapes of the seed and the service brief. */
final class JsonViews {
    private final Clock clock;

    JsonViews(Clock clock) {
        this.clock = clock;
    }

    /** {@code getCampaigns}: name, description, groupName, mode, state. */
    ArrayNode campaigns(List<Campaign> campaigns) {
        ArrayNode array = Json.NODES.arrayNode();
        campaigns.forEach(c -> array.add(campaign(c)));
        return array;
    }

    ObjectNode campaign(Campaign campaign) {
        return Json.object().put("name", campaign.name()).put("description", campaign.description())
                .put("groupName", campaign.groupName()).put("mode", campaign.mode().wireName())
                .put("state", campaign.state().wireName());
    }

    /** Topic {@code outbound}: a campaign event. */
    ObjectNode campaignEvent(CampaignEvent event) {
        return Json.object().put("eventType", event.type().wireName()).put("campaign", event.campaign().name())
                .put("mode", event.campaign().mode().wireName()).put("state", event.campaign().state().wireName());
    }

    /**
     * An interaction: its ids and state, the record it is about (flat GSW form, pending field edits applied), the
     * pending changes, and the customer's local time now (for reschedule pickers).
     */
    ObjectNode interaction(OutboundInteraction interaction) {
        CallingListRecord record = interaction.currentRecord();
        ObjectNode json = Json.object()
                .put("interactionId", interaction.id().value())
                .put("type", "Outbound")
                .put("kind", interaction.kind() == dev.outbound.domain.interaction.InteractionKind.CALL
                        ? "Call" : "Preview")
                .put("state", interaction.state().name())
                .put("campaignName", interaction.campaignName())
                .put("mode", interaction.mode().wireName())
                .put("recordHandle", record.handle().value())
                .put("chainId", interaction.chain().id().value())
                .put("callResult", interaction.callResult().code())
                .put("doNotCall", interaction.pending().doNotCall());
        interaction.pending().reschedule().ifPresentOrElse(r -> json.set("reschedule", Json.object()
                .put("recordHandle", r.handle().value())
                .put("at", r.callback().at().toString())
                .put("callbackType", r.callback().type().name())), () -> json.putNull("reschedule"));
        Instant now = clock.instant();
        json.set("timeZone", Json.object().put("name", record.timeZone().name())
                .put("offset", record.timeZone().offset().getTotalSeconds())
                .put("zoneId", record.timeZone().zone().getId())
                .put("customerTime", OcsFormats.formatDateTime(Rescheduling.localTimeAt(record.timeZone(), now))));
        json.set("record", flat(interaction.currentValues()));
        return json;
    }

    /** {@code getChainedRecords}: {@code [{"records":[...]}]}, the delivered record first. */
    ArrayNode chain(Chain chain) {
        ArrayNode records = Json.NODES.arrayNode();
        chain.toFlat().forEach(record -> records.add(flat(record)));
        ArrayNode data = Json.NODES.arrayNode();
        data.add(Json.object().set("records", records));
        return data;
    }

    /** {@code getRecordFields}: the seed's Field type. */
    ArrayNode fields(List<Field> fields) {
        ArrayNode array = Json.NODES.arrayNode();
        for (Field field : fields) {
            ObjectNode json = Json.object().put("name", field.name()).put("displayName", field.displayName());
            if (field.value() == null) {
                json.putNull("value");
            } else {
                json.put("value", field.value());
            }
            json.put("isEditable", field.isEditable()).put("isMandatory", field.isMandatory())
                    .put("fieldType", field.fieldType().wireName()).put("valueType", field.valueType().wireName());
            if (!field.options().isEmpty()) {
                ObjectNode options = json.putObject("options");
                field.options().forEach(options::put);
            }
            array.add(json);
        }
        return array;
    }

    /** A flat key-value map (GSW keys and custom fields) as a JSON object, keys sorted. */
    ObjectNode flat(Map<String, ?> values) {
        ObjectNode json = Json.object();
        Map<String, ?> sorted = values instanceof java.util.SortedMap ? values : new java.util.TreeMap<>(values);
        sorted.forEach((key, value) -> json.set(key, value(value)));
        return json;
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return Json.NODES.nullNode();
        }
        if (value instanceof Long number) {
            return Json.NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return Json.NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return Json.NODES.booleanNode(bool);
        }
        return Json.NODES.stringNode(value.toString());
    }
}
