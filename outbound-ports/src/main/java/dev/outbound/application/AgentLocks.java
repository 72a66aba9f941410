package dev.outbound.application;

import dev.outbound.domain.agent.AgentId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs one agent's requests one at a time, so that two requests of the same agent (a double click, a retry, a
 * backend event) never interleave on one interaction. Different agents never wait for each other.
 */
final class AgentLocks {
    private final Map<AgentId, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T withLock(AgentId agent, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(agent, a -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void withLock(AgentId agent, Runnable work) {
        withLock(agent, () -> {
            work.run();
            return null;
        });
    }
}
