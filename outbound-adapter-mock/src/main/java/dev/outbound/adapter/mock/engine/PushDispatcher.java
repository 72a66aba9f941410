package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Direct push preview: after PreviewDialingModeStart an agent is pushed one record at a time from the started push
 * campaigns; the next comes when the current one is finished (processed, rejected, cancelled, or gone stale), and
 * none after PreviewDialingModeOver. When no record is available the agent waits, and is tried again on every
 * sweep.
 */
public final class PushDispatcher {
    private final Set<AgentId> started = ConcurrentHashMap.newKeySet();
    private final Set<AgentId> holding = ConcurrentHashMap.newKeySet();
    private final Supplier<List<CampaignRuntime>> pushCampaigns;
    private final DoNotCallRegistry doNotCall;
    private final Broadcaster broadcaster;
    private final Clock clock;

    public PushDispatcher(Supplier<List<CampaignRuntime>> pushCampaigns, DoNotCallRegistry doNotCall,
                          Broadcaster broadcaster, Clock clock) {
        this.pushCampaigns = pushCampaigns;
        this.doNotCall = doNotCall;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** PreviewDialingModeStart. */
    public void start(AgentId agent) {
        started.add(agent);
        offer(agent);
    }

    /** PreviewDialingModeOver. */
    public void stop(AgentId agent) {
        started.remove(agent);
    }

    /** The agent let go of its pushed record: push the next one if it is still started. */
    public void released(AgentId agent) {
        holding.remove(agent);
        offer(agent);
    }

    /** Tries every started agent that holds no pushed record (called on each sweep). */
    public void offerAll() {
        started.forEach(this::offer);
    }

    private synchronized void offer(AgentId agent) {
        if (!started.contains(agent) || holding.contains(agent)) {
            return;
        }
        for (CampaignRuntime campaign : pushCampaigns.get()) {
            Optional<DeliveredRecord> record = campaign.deliver(agent, clock.instant(), doNotCall, true);
            if (record.isPresent()) {
                holding.add(agent);
                broadcaster.publish(listener -> listener.recordPushed(agent, record.get()));
                return;
            }
        }
    }
}
