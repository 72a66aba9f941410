package dev.outbound.domain.campaign;

import dev.outbound.domain.Require;

/**
 * Something that happened to a campaign, as OCS announces it to desktops (CampaignLoaded, CampaignStarted, ...).
 *
 * @param type     what happened
 * @param campaign the campaign as it is after the event
 */
public record CampaignEvent(Type type, Campaign campaign) {
    /** The OCS event names. */
    public enum Type {
        LOADED("CampaignLoaded"), STARTED("CampaignStarted"), STOPPED("CampaignStopped"),
        UNLOADED("CampaignUnloaded"), MODE_CHANGED("CampaignModeChanged");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** The OCS name of the event, e.g. CampaignStarted. */
        public String wireName() {
            return wireName;
        }
    }

    public CampaignEvent {
        Require.present(type, "campaign event type");
        Require.present(campaign, "campaign");
    }
}
