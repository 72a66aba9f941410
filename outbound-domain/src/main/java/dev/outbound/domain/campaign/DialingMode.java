package dev.outbound.domain.campaign;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** How a campaign brings records to agents; the names are the ones WWE reports in {@code getCampaigns}. */
public enum DialingMode {
    /** The agent pulls records one by one ({@code getPreviewRecord}). */
    PREVIEW("Preview", true, false),
    /** OCS pushes records to the agent, who accepts or rejects them. */
    PUSH_PREVIEW("PushPreview", false, true),
    /** The agent starts and stops receiving pushed records ({@code startDirectPushPreview}). */
    DIRECT_PUSH_PREVIEW("DirectPushPreview", false, true),
    /** OCS dials automatically and connects the agent when the number is dialed; events only. */
    PROGRESSIVE("Progressive", false, false),
    /** OCS dials ahead of agents by a predicted rate; events only. */
    PREDICTIVE("Predictive", false, false);

    private final String wireName;
    private final boolean pulled;
    private final boolean pushed;

    DialingMode(String wireName, boolean pulled, boolean pushed) {
        this.wireName = wireName;
        this.pulled = pulled;
        this.pushed = pushed;
    }

    /** The name WWE uses: Preview, PushPreview, DirectPushPreview, Progressive, Predictive. */
    public String wireName() {
        return wireName;
    }

    /** Whether an agent may pull records of this mode with {@code getPreviewRecord}. */
    public boolean isPulledByAgent() {
        return pulled;
    }

    /** Whether records of this mode are pushed to agents as interactions. */
    public boolean isPushedToAgent() {
        return pushed;
    }

    /** The mode of that wire name; fails with {@link ErrorCode#INVALID_VALUE} naming the known names. */
    public static DialingMode fromWireName(String name) {
        for (DialingMode mode : values()) {
            if (mode.wireName.equals(name)) {
                return mode;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_VALUE, "dialing mode must be one of Preview, PushPreview, "
                + "DirectPushPreview, Progressive, Predictive; was " + name);
    }
}
