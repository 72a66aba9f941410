package dev.outbound.port.in;

import dev.outbound.domain.agent.AgentId;
import java.util.function.Consumer;

/** Lets a driving adapter follow an agent's events (for the desktop's subscriptions and event stream). */
public interface AgentEventsUseCase {
    /**
     * Calls {@code listener} with each event for the agent, on the thread that caused it, until the returned
     * subscription is closed. The listener must return quickly and must not throw.
     */
    Subscription subscribe(AgentId agent, Consumer<AgentEvent> listener);

    /** An open subscription. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
