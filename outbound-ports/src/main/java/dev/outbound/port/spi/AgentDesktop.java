package dev.outbound.port.spi;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;

/**
 * One agent's desktop, seen from the code that drives it: the requests of the preview record cycle, named as in
 * the Service Client API, sent to an Outbound service in this process or over the network. The bench drives its
 * simulated agents through it, so that the same agent code measures every deployment.
 *
 * <p>A request the service refuses throws {@link OutboundException} with the service's error code, and changed
 * nothing; a service that cannot be reached or answers something unreadable throws
 * {@link ServiceClientException}. Each agent's desktop is used by one thread at a time.
 */
public interface AgentDesktop {
    /** The agent this desktop is signed in as. */
    AgentId agent();

    /** {@code outbound.getPreviewRecord}: pulls the next record of the campaign; the new preview. */
    DesktopInteraction getPreviewRecord(String campaignName);

    /** {@code outbound.callPreviewRecord}: dials one record of the preview's chain; the new call. */
    DesktopInteraction callPreviewRecord(InteractionId preview, RecordHandle record);

    /** {@code outbound.rejectPreviewRecord}: gives the preview back to the campaign. */
    void rejectPreviewRecord(InteractionId preview);

    /** {@code outbound.cancelPreviewRecord}: takes the preview's record (or chain) out of the campaign. */
    void cancelPreviewRecord(InteractionId preview);

    /** {@code outbound.setCallResult}: the call result to submit at mark done, its code as text ({@code "33"}). */
    void setCallResult(InteractionId call, String callResult);

    /** {@code outbound.setDoNotCall}: marks the call's customer Do Not Call at mark done. */
    void setDoNotCall(InteractionId call);

    /**
     * {@code outbound.rescheduleRecord}: a callback at {@code rescheduleDate} ({@code MM/DD/YYYY HH:MM} on the
     * customer's clock), {@code CAMPAIGN} or {@code PERSONAL}.
     */
    void rescheduleRecord(InteractionId call, RecordHandle record, String rescheduleDate, String callbackType);

    /** {@code voice.hangUp}: ends the call; the interaction stays for wrap-up. */
    void hangUp(InteractionId call);

    /** {@code interaction.markdone}: finishes the interaction and submits what was set on it. */
    void markDone(InteractionId interaction);
}
