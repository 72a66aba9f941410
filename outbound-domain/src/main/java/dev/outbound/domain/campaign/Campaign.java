package dev.outbound.domain.campaign;

import dev.outbound.domain.Require;

/**
 * An outbound campaign as an agent sees it: what {@code getCampaigns} lists.
 *
 * @param name        the campaign's name, used to pull records ({@code getPreviewRecord(campaignName)})
 * @param description free text, may be empty
 * @param groupName   the campaign group, OCS style {@code "Campaign@AgentGroup"}
 * @param mode        how records reach agents
 * @param state       Loaded or Started
 */
public record Campaign(String name, String description, String groupName, DialingMode mode, CampaignState state) {
    public Campaign {
        Require.nonBlank(name, "campaign name");
        description = description == null ? "" : description;
        Require.nonBlank(groupName, "campaign group name");
        Require.present(mode, "dialing mode");
        Require.present(state, "campaign state");
    }

    /** Whether records of this campaign are delivered now: it is started. */
    public boolean isStarted() {
        return state == CampaignState.STARTED;
    }

    /** This campaign in another state. */
    public Campaign withState(CampaignState newState) {
        return new Campaign(name, description, groupName, mode, newState);
    }
}
