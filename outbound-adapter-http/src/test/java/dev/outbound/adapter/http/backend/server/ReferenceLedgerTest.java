package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.agent.AgentId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A reference id's work is done once; its repeats, even concurrent ones, get the first answer. */
class ReferenceLedgerTest {
    private static final AgentId AGENT = AgentId.of("a");

    private final ReferenceLedger ledger = new ReferenceLedger(3, Duration.ofSeconds(5));
    private final AtomicInteger done = new AtomicInteger();

    private Reply work(int status) {
        done.incrementAndGet();
        return new Reply(status, dev.outbound.adapter.http.backend.WireJson.object().put("n", done.get()));
    }

    @Test
    void concurrentRepeatsWaitForTheFirstAndGetItsAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> ledger.answer(AGENT, "r1", "POST /x", () -> {
                    await(release);
                    return work(200);
                })));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<Reply> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS).body().get("n").intValue()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(done).hasValue(1);
    }

    @Test
    void aReferenceIdUsedForAnotherRequestIsRefused() {
        ledger.answer(AGENT, "r1", "POST /records/1?req=RecordReject", () -> work(200));

        assertThatThrownBy(() -> ledger.answer(AGENT, "r1", "POST /records/2?req=RecordReject", () -> work(200)))
                .isInstanceOf(ProtocolFailure.class)
                .satisfies(f -> assertThat(((ProtocolFailure) f).status()).isEqualTo(409));
        assertThat(done).hasValue(1);
    }

    @Test
    void refusalsAreKeptButServerFailuresAreTriedAgain() {
        ledger.answer(AGENT, "refused", "f", () -> work(404));
        ledger.answer(AGENT, "refused", "f", () -> work(404));
        assertThat(done).hasValue(1);

        ledger.answer(AGENT, "failed", "f", () -> work(503));
        ledger.answer(AGENT, "failed", "f", () -> work(200));
        assertThat(done).hasValue(3);
    }

    @Test
    void eachAgentHasItsOwnIdsAndOnlyTheLastOnesAreKept() {
        ledger.answer(AGENT, "r1", "f", () -> work(200));
        ledger.answer(AgentId.of("b"), "r1", "f", () -> work(200));
        assertThat(done).as("another agent's r1 is another request").hasValue(2);

        for (String id : List.of("r2", "r3", "r4")) {
            ledger.answer(AGENT, id, "f", () -> work(200));
        }
        ledger.answer(AGENT, "r1", "f", () -> work(200));
        assertThat(done).as("r1 was forgotten after three newer ids").hasValue(6);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
