package dev.outbound.adapter.http.backend;

import dev.outbound.port.out.DeliveredRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A delivered record (OCS's PreviewRecord) as members of a reply or event object: {@code GSW_CAMPAIGN} (the
 * campaign), {@code GSW_FIELDS} (the calling list's field configuration) and {@code GSW_RECORDS} (the chain,
 * delivered record first).
 */
public final class DeliveredRecordJson {
    private DeliveredRecordJson() {}

    /** Adds the record's three members to {@code target} and returns it. */
    public static ObjectNode writeInto(ObjectNode target, DeliveredRecord record) {
        target.set(ProtocolKeys.CAMPAIGN, CampaignJson.write(record.campaign()));
        target.set(ProtocolKeys.FIELDS, FieldCatalogJson.write(record.fields()));
        target.set(ProtocolKeys.RECORDS, ChainJson.write(record.chain()));
        return target;
    }

    /** Reads the three members. */
    public static DeliveredRecord read(JsonNode source) {
        return new DeliveredRecord(CampaignJson.read(WireJson.require(source, ProtocolKeys.CAMPAIGN)),
                ChainJson.read(WireJson.require(source, ProtocolKeys.RECORDS)),
                FieldCatalogJson.read(WireJson.require(source, ProtocolKeys.FIELDS)));
    }
}
