package dev.outbound.port.contract;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A backend listener that remembers everything it is told, and lets a test wait for what it expects. */
public final class RecordingListener implements BackendListener {
    /** One thing the backend said. */
    public sealed interface Heard {
        record Pushed(AgentId agent, DeliveredRecord record) implements Heard {}

        record CampaignChanged(CampaignEvent event) implements Heard {}

        record Withdrawn(AgentId agent, RecordHandle handle) implements Heard {}

        record Connected(AgentId agent, InteractionId callId) implements Heard {}

        record Ended(AgentId agent, InteractionId callId, CallResult outcome) implements Heard {}
    }

    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    @Override
    public void recordPushed(AgentId agent, DeliveredRecord record) {
        heard.add(new Heard.Pushed(agent, record));
    }

    @Override
    public void campaignChanged(CampaignEvent event) {
        heard.add(new Heard.CampaignChanged(event));
    }

    @Override
    public void recordWithdrawn(AgentId agent, RecordHandle handle) {
        heard.add(new Heard.Withdrawn(agent, handle));
    }

    @Override
    public void callConnected(AgentId agent, InteractionId callId) {
        heard.add(new Heard.Connected(agent, callId));
    }

    @Override
    public void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
        heard.add(new Heard.Ended(agent, callId, outcome));
    }

    /** Everything heard so far, in order. */
    public List<Heard> heard() {
        return List.copyOf(heard);
    }

    /** Everything heard of one kind. */
    public <T extends Heard> List<T> heard(Class<T> kind) {
        return heard.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * Waits until {@code count} things of the kind matching {@code test} were heard; fails after {@code timeout}.
     * This waits for an asynchronous event to happen at all; it says nothing about speed.
     */
    public <T extends Heard> List<T> await(Class<T> kind, Predicate<T> test, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> matching = heard(kind).stream().filter(test).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + kind.getSimpleName() + " within " + timeout
                        + ", heard: " + heard);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + kind.getSimpleName(), e);
            }
        }
    }
}
