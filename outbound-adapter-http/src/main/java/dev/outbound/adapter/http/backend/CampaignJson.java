package dev.outbound.adapter.http.backend;

import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN_DESCRIPTION;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN_GROUP_NAME;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN_MODE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN_NAME;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN_STATE;

import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A campaign on the wire: {@code {"GSW_CAMPAIGN_NAME", "GSW_CAMPAIGN_DESCRIPTION", "GSW_CAMPAIGN_GROUP_NAME",
 * "GSW_CAMPAIGN_MODE", "GSW_CAMPAIGN_STATE"}}, mode and state by their WWE names (Preview, Started, ...).
 */
public final class CampaignJson {
    private CampaignJson() {}

    /** The campaign as a JSON object. */
    public static ObjectNode write(Campaign campaign) {
        return WireJson.object()
                .put(CAMPAIGN_NAME, campaign.name())
                .put(CAMPAIGN_DESCRIPTION, campaign.description())
                .put(CAMPAIGN_GROUP_NAME, campaign.groupName())
                .put(CAMPAIGN_MODE, campaign.mode().wireName())
                .put(CAMPAIGN_STATE, campaign.state().wireName());
    }

    /** The campaigns as a JSON array, in order. */
    public static ArrayNode writeAll(List<Campaign> campaigns) {
        ArrayNode array = WireJson.array();
        campaigns.forEach(campaign -> array.add(write(campaign)));
        return array;
    }

    /** Reads a campaign; fails with {@link WireFormatException} or the domain's own error. */
    public static Campaign read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new WireFormatException("a campaign must be an object; was " + WireJson.describe(node));
        }
        return new Campaign(WireJson.text(node, CAMPAIGN_NAME),
                node.has(CAMPAIGN_DESCRIPTION) ? WireJson.text(node, CAMPAIGN_DESCRIPTION) : "",
                WireJson.text(node, CAMPAIGN_GROUP_NAME),
                DialingMode.fromWireName(WireJson.text(node, CAMPAIGN_MODE)),
                CampaignState.fromWireName(WireJson.text(node, CAMPAIGN_STATE)));
    }

    /** Reads an array of campaigns. */
    public static List<Campaign> readAll(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new WireFormatException("campaigns must be an array; was " + WireJson.describe(array));
        }
        List<Campaign> campaigns = new ArrayList<>();
        array.forEach(node -> campaigns.add(read(node)));
        return List.copyOf(campaigns);
    }
}
