package dev.outbound.domain.campaign;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** Whether a campaign is only visible to agents (Loaded) or dialing (Started). */
public enum CampaignState {
    /** Loaded: visible in getCampaigns, no records are delivered. */
    LOADED("Loaded"),
    /** Started: running; its records are delivered. */
    STARTED("Started");

    private final String wireName;

    CampaignState(String wireName) {
        this.wireName = wireName;
    }

    /** The name WWE uses: Loaded or Started. */
    public String wireName() {
        return wireName;
    }

    /** The state of that wire name; fails with {@link ErrorCode#INVALID_VALUE} for any other. */
    public static CampaignState fromWireName(String name) {
        for (CampaignState state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_VALUE,
                "campaign state must be Loaded or Started; was " + name);
    }
}
