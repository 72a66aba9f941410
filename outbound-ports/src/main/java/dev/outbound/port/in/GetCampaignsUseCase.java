package dev.outbound.port.in;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import java.util.List;

/** {@code outbound.getCampaigns}: the campaigns, loaded or started, the agent may work. */
public interface GetCampaignsUseCase {
    List<Campaign> getCampaigns(AgentId agent);
}
