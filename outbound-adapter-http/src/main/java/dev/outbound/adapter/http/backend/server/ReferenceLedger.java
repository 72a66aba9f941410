package dev.outbound.adapter.http.backend.server;

import dev.outbound.domain.agent.AgentId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recent {@code GSW_REFERENCE_ID}s of every agent and their answers, so that a repeated POST gets the first
 * answer (status and body) and its work is done once. A repeat that arrives while the first is still being
 * processed waits for it. Final answers (2xx and 4xx) are kept; a 5xx answer is forgotten once given, so that a
 * repeat tries again. The last {@code perAgent} ids of each agent are kept.
 */
final class ReferenceLedger {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLedger.class);

    private final int perAgent;
    private final Duration maxWait;
    private final Map<AgentId, Map<String, Entry>> byAgent = new ConcurrentHashMap<>();

    /** One reference id: what it was used for, and its answer once there is one. */
    private record Entry(String fingerprint, CompletableFuture<Reply> answer) {}

    ReferenceLedger(int perAgent, Duration maxWait) {
        this.perAgent = perAgent;
        this.maxWait = maxWait;
    }

    /**
     * The answer to the request with that reference id: {@code work}'s, done now, if the id is new; the first
     * answer if the id was used before for the same request ({@code fingerprint}); a refusal if it was used for
     * another. {@code work} must answer every failure with a reply rather than throw.
     */
    Reply answer(AgentId agent, String referenceId, String fingerprint, Supplier<Reply> work) {
        Map<String, Entry> entries = byAgent.computeIfAbsent(agent, a -> new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > perAgent;
            }
        });
        Entry mine = new Entry(fingerprint, new CompletableFuture<>());
        Entry first;
        synchronized (entries) {
            first = entries.putIfAbsent(referenceId, mine);
        }
        if (first == null) {
            return doOnce(entries, referenceId, mine, work);
        }
        if (!first.fingerprint().equals(fingerprint)) {
            throw ProtocolFailure.referenceIdReused(referenceId);
        }
        LOG.debug("agent {} repeated reference id {}: answering with the first answer", agent, referenceId);
        return firstAnswer(first, referenceId);
    }

    private static Reply doOnce(Map<String, Entry> entries, String referenceId, Entry mine, Supplier<Reply> work) {
        Reply reply;
        try {
            reply = work.get();
        } catch (RuntimeException | Error unexpected) {
            forget(entries, referenceId, mine);
            mine.answer().completeExceptionally(unexpected);
            throw unexpected;
        }
        if (reply.status() >= 500) {
            forget(entries, referenceId, mine);
        }
        mine.answer().complete(reply);
        return reply;
    }

    private Reply firstAnswer(Entry first, String referenceId) {
        try {
            return first.answer().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            throw ProtocolFailure.stillProcessing(referenceId);
        } catch (ExecutionException failed) {
            return Reply.internalError();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ProtocolFailure.stillProcessing(referenceId);
        }
    }

    private static void forget(Map<String, Entry> entries, String referenceId, Entry entry) {
        synchronized (entries) {
            entries.remove(referenceId, entry);
        }
    }
}
