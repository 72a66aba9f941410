package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import java.util.List;

/** OCS's CampaignStatus request: the campaigns loaded or started for an agent's group. */
public interface CampaignStatusPort {
    /**
     * The campaigns the agent may work, loaded or started, in a stable order.
     *
     * @throws BackendUnavailableException when the backend cannot be reached
     */
    List<Campaign> campaignStatus(AgentId agent);
}
