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
import java.util.function.UnaryOperator;
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

    BackendEventHandler(Interactions interactions, RecordDelivery delivery) {
        this.interactions = interactions;
        this.delivery = delivery;
    }

    @Override
    public void recordPushed(AgentId agent, DeliveredRecord record) {
        OutboundInteraction preview = delivery.open(agent, record);
        LOG.debug("record {} pushed to agent {} as interaction {}", preview.currentHandle(), agent, preview.id());
    }

    @Override
    public void campaignChanged(CampaignEvent event) {
        interactions.events().campaignChanged(event);
    }

    @Override
    public void recordWithdrawn(AgentId agent, RecordHandle handle) {
        interactions.locks().withLock(agent, () -> interactions.store().findAll(agent).stream()
                .filter(i -> i.state() == InteractionState.PREVIEWING && i.chain().find(handle).isPresent())
                .findFirst()
                .ifPresentOrElse(preview -> {
                    interactions.store().remove(agent, preview.id());
                    interactions.events().interactionChanged(Change.REMOVED, preview);
                    LOG.info("record {} was withdrawn from agent {}; preview {} closed", handle, agent, preview.id());
                }, () -> LOG.debug("record {} withdrawn from agent {}: no open preview holds it", handle, agent)));
    }

    @Override
    public void callConnected(AgentId agent, InteractionId callId) {
        advanceCall(agent, callId, InteractionState.DIALING, OutboundInteraction::callConnected);
    }

    @Override
    public void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
        Optional<OutboundInteraction> call = interactions.store().find(agent, callId);
        if (call.isPresent() && call.get().state() == InteractionState.ACTIVE) {
            advanceCall(agent, callId, InteractionState.ACTIVE, OutboundInteraction::hangUp);
        } else {
            advanceCall(agent, callId, InteractionState.DIALING, dialing -> dialing.callFailed(outcome));
        }
    }

    private void advanceCall(AgentId agent, InteractionId callId, InteractionState expected,
                             UnaryOperator<OutboundInteraction> step) {
        interactions.locks().withLock(agent, () -> {
            Optional<OutboundInteraction> call = interactions.store().find(agent, callId);
            if (call.isEmpty() || call.get().state() != expected) {
                LOG.debug("call event for {} of agent {} dropped: the call is {}", callId, agent,
                        call.map(c -> c.state().name()).orElse("gone"));
                return;
            }
            OutboundInteraction next = step.apply(call.get());
            interactions.store().save(next);
            interactions.events().interactionChanged(Change.UPDATED, next);
        });
    }
}
