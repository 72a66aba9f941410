package dev.outbound.application;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application does with what the backend pushes: pushed records become preview interactions, call
 * progress moves call interactions along, withdrawn records close their previews, campaign events go to agents.
 * An event about an interaction that no longer exists (the agent was quicker) is logged and dropped.
 */
final class BackendEventHandler implements BackendListener {
    private static final Logger LOG = LoggerFactory.getLogger(BackendEventHandler.class);

    private final Interactions interactions;
    private final RecordDelivery delivery;
    private final DirectPushPreviewService pushes;

    BackendEventHandler(Interactions interactions, RecordDelivery delivery, DirectPushPreviewService pushes) {
        this.interactions = interactions;
        this.delivery = delivery;
        this.pushes = pushes;
    }

    /** A pushed record becomes a preview, if the agent started direct push preview through this application. */
    @Override
    public void recordPushed(AgentId agent, DeliveredRecord record) {
        if (!pushes.servesPushesFor(agent)) {
            LOG.debug("record {} pushed to agent {}, who did not start push preview here: not ours",
                    record.chain().delivered().handle(), agent);
            return;
        }
        OutboundInteraction preview = delivery.open(agent, record);
        LOG.debug("record {} pushed to agent {} as interaction {}", preview.currentHandle(), agent, preview.id());
    }

    @Override
    public void campaignChanged(CampaignEvent event) {
        interactions.events().campaignChanged(event);
    }

    /**
     * The backend took a record back (OCS's RecordCancel, for example after its stale timeout): the preview or the
     * completed call holding its chain is closed, as nothing can be submitted for it any more. A call still dialing
     * or connected keeps its record (a backend does not withdraw a record on a call).
     */
    @Override
    public void recordWithdrawn(AgentId agent, RecordHandle handle) {
        interactions.locks().withLock(agent, () -> interactions.store().findAll(agent).stream()
                .filter(i -> (i.state() == InteractionState.PREVIEWING || i.state() == InteractionState.COMPLETED)
                        && i.chain().find(handle).isPresent())
                .findFirst()
                .ifPresentOrElse(held -> {
                    interactions.store().remove(agent, held.id());
                    interactions.events().interactionChanged(Change.REMOVED, held);
                    LOG.info("record {} was withdrawn from agent {}; interaction {} ({}) closed{}", handle, agent,
                            held.id(), held.state(), held.pending().isEmpty() ? ""
                                    : " with changes the agent had not submitted");
                }, () -> LOG.debug("record {} withdrawn from agent {}: no preview or completed call holds it",
                        handle, agent)));
    }

    @Override
    public void callConnected(AgentId agent, InteractionId callId) {
        advanceCall(agent, callId, call -> call.state() == InteractionState.DIALING
                ? Optional.of(call.callConnected()) : Optional.empty());
    }

    /** A dialing call failed with its outcome; an answered call was hung up by the customer. */
    @Override
    public void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
        advanceCall(agent, callId, call -> switch (call.state()) {
            case DIALING -> Optional.of(call.callFailed(outcome));
            case ACTIVE -> Optional.of(call.hangUp());
            default -> Optional.empty();
        });
    }

    /** Under the agent's lock: applies {@code step} if the call still exists and the step applies to its state. */
    private void advanceCall(AgentId agent, InteractionId callId,
                             Function<OutboundInteraction, Optional<OutboundInteraction>> step) {
        interactions.locks().withLock(agent, () -> {
            Optional<OutboundInteraction> call = interactions.store().find(agent, callId);
            Optional<OutboundInteraction> next = call.flatMap(step);
            if (next.isEmpty()) {
                LOG.debug("call event for {} of agent {} dropped: the call is {}", callId, agent,
                        call.map(c -> c.state().name()).orElse("gone"));
                return;
            }
            interactions.store().save(next.get());
            interactions.events().interactionChanged(Change.UPDATED, next.get());
        });
    }
}
