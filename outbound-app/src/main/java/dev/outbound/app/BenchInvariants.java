package dev.outbound.app;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.ChainId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the bench checks while agents work: a chain is never held by two agents at once, and every chain delivered
 * is finished (marked done or cancelled) at most once. Rejected chains go back to the pool and may be delivered
 * again; that is not a second finish.
 */
final class BenchInvariants {
    private final Map<ChainId, AgentId> held = new ConcurrentHashMap<>();
    private final Map<ChainId, Boolean> finished = new ConcurrentHashMap<>();
    private final List<String> broken = new CopyOnWriteArrayList<>();

    void delivered(AgentId agent, ChainId chain) {
        AgentId other = held.putIfAbsent(chain, agent);
        if (other != null) {
            broken.add("chain " + chain + " was delivered to " + agent + " while " + other + " held it");
        }
        if (finished.containsKey(chain)) {
            broken.add("chain " + chain + " was delivered to " + agent + " after it was finished");
        }
    }

    /** The agent gave the chain back (rejected it): another may get it. */
    void released(AgentId agent, ChainId chain) {
        held.remove(chain, agent);
    }

    void finished(AgentId agent, ChainId chain) {
        held.remove(chain, agent);
        if (finished.putIfAbsent(chain, Boolean.TRUE) != null) {
            broken.add("chain " + chain + " was finished twice (the second time by " + agent + ")");
        }
    }

    /** Chains still held when the agents stopped: each agent finishes its cycle before stopping, so none. */
    List<String> check() {
        List<String> problems = new java.util.ArrayList<>(broken);
        held.forEach((chain, agent) -> problems.add("chain " + chain + " is still held by " + agent
                + " after every agent stopped"));
        return problems;
    }

    int finishedCount() {
        return finished.size();
    }
}
