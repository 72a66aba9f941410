package dev.outbound.application;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.port.in.GetCampaignsUseCase;
import dev.outbound.port.out.CampaignStatusPort;
import java.util.List;

/** {@code getCampaigns}: asks the backend for the agent's campaigns (CampaignStatus). */
final class CampaignService implements GetCampaignsUseCase {
    private final CampaignStatusPort backend;

    CampaignService(CampaignStatusPort backend) {
        this.backend = backend;
    }

    @Override
    public List<Campaign> getCampaigns(AgentId agent) {
        return List.copyOf(backend.campaignStatus(Require.present(agent, "agent")));
    }
}
