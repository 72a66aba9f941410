package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.result.CallResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Places simulated calls: after the configured delay the call connects or fails as {@link DialingRule} says, and
 * the listeners hear of it. Releasing a call before then cancels its outcome.
 */
public final class SimulatedDialer {
    private final ScheduledExecutorService timer;
    private final Broadcaster broadcaster;
    private final Duration delay;
    /** Calls placed and not yet decided, each with a token of its own: the outcome is reported only if its
     *  token is still there (registered before the outcome is scheduled, so even a zero delay cannot miss it). */
    private final Map<String, Object> pending = new ConcurrentHashMap<>();

    public SimulatedDialer(ScheduledExecutorService timer, Broadcaster broadcaster, Duration delay) {
        this.timer = timer;
        this.broadcaster = broadcaster;
        this.delay = delay;
    }

    /** Dials; the outcome follows after the delay. {@code onFailed} runs first when the call does not connect. */
    public void dial(AgentId agent, InteractionId callId, String phone, Runnable onFailed) {
        CallResult outcome = DialingRule.outcome(phone);
        String key = key(agent, callId);
        Object token = new Object();
        pending.put(key, token);
        timer.schedule(() -> {
            if (!pending.remove(key, token)) {
                return;
            }
            if (outcome == CallResult.ANSWER) {
                broadcaster.publish(listener -> listener.callConnected(agent, callId));
            } else {
                onFailed.run();
                broadcaster.publish(listener -> listener.callEnded(agent, callId, outcome));
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Releases the call; an outcome not yet reported is not reported. */
    public void release(AgentId agent, InteractionId callId) {
        pending.remove(key(agent, callId));
    }

    private static String key(AgentId agent, InteractionId callId) {
        return agent.value() + '\u0000' + callId.value();
    }
}
