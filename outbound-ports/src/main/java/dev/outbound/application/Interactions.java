package dev.outbound.application;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.out.InteractionStore;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The application's access to agents' interactions: finds them (an agent only ever finds its own), and applies a
 * change under the agent's lock, saving and announcing the result only when the change succeeded.
 */
final class Interactions {
    private final InteractionStore store;
    private final AgentLocks locks;
    private final AgentEventBus events;

    Interactions(InteractionStore store, AgentLocks locks, AgentEventBus events) {
        this.store = store;
        this.locks = locks;
        this.events = events;
    }

    InteractionStore store() {
        return store;
    }

    AgentLocks locks() {
        return locks;
    }

    AgentEventBus events() {
        return events;
    }

    /** The agent's open interaction; fails with INTERACTION_NOT_FOUND for any id the agent does not own. */
    OutboundInteraction require(InteractionRef ref) {
        return store.find(ref.agent(), ref.interactionId()).orElseThrow(() -> new OutboundException(
                ErrorCode.INTERACTION_NOT_FOUND, "interaction " + ref.interactionId()
                        + " is not an open interaction of agent " + ref.agent()
                        + " (it never existed, is finished, or became a call with a new id)"));
    }

    /** The named interaction, or without an id the agent's only preview interaction. */
    OutboundInteraction requirePreview(PreviewRef ref) {
        if (ref.interactionId().isPresent()) {
            return require(new InteractionRef(ref.agent(), ref.interactionId().get()));
        }
        List<OutboundInteraction> previews = store.findAll(ref.agent()).stream()
                .filter(i -> i.state() == InteractionState.PREVIEWING).toList();
        if (previews.isEmpty()) {
            throw new OutboundException(ErrorCode.NO_PREVIEW_INTERACTION, "agent " + ref.agent()
                    + " has no preview interaction to act on");
        }
        if (previews.size() > 1) {
            throw new OutboundException(ErrorCode.SEVERAL_PREVIEW_INTERACTIONS, "agent " + ref.agent() + " has "
                    + previews.size() + " preview interactions ("
                    + previews.stream().map(i -> i.id().value()).collect(Collectors.joining(", "))
                    + "): name the interaction id");
        }
        return previews.get(0);
    }

    /** Applies a change to one interaction under the agent's lock; saves and announces it if it succeeded. */
    OutboundInteraction change(InteractionRef ref, UnaryOperator<OutboundInteraction> change) {
        return locks.withLock(ref.agent(), () -> {
            OutboundInteraction changed = change.apply(require(ref));
            store.save(changed);
            events.interactionChanged(Change.UPDATED, changed);
            return changed;
        });
    }
}
