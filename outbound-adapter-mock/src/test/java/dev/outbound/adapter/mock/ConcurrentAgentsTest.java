package dev.outbound.adapter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.adapter.mock.data.RecordGenerator;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many agents work one campaign at once, pulling, processing, rejecting, cancelling and marking Do Not Call. No
 * chain may ever be held by two agents at once, and every chain must end in exactly one final state.
 */
class ConcurrentAgentsTest {
    static final int AGENTS = 16;
    static final int CHAINS = 3_000;
    static final String CAMPAIGN = "Concurrent";

    @Test
    void noChainIsHeldTwiceAndEveryChainEndsOnce() throws Exception {
        ContractClock clock = new ContractClock(Instant.parse("2031-01-15T14:30:00Z"));
        List<Chain> chains = allDay(RecordGenerator.generate(CAMPAIGN, CHAINS, 99, 1, 1, clock.instant()));
        DataSet data = new DataSet(List.of(new DataSet.CampaignData(new Campaign(CAMPAIGN, "", CAMPAIGN + "@G",
                DialingMode.PREVIEW, CampaignState.STARTED), FieldCatalog.withSystemFields(List.of()), chains)),
                List.of(), List.of());
        ConcurrentMap<ChainId, AgentId> holders = new ConcurrentHashMap<>();
        ConcurrentMap<ChainId, String> endings = new ConcurrentHashMap<>();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger rejects = new AtomicInteger();

        try (SimulatedOutboundContactServer ocs = new SimulatedOutboundContactServer(data, clock,
                new SimulatedOutboundContactServer.Options(Duration.ofHours(1), Duration.ZERO,
                        Duration.ofSeconds(10)))) {
            ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> agents = new ArrayList<>();
            for (int a = 0; a < AGENTS; a++) {
                AgentId agent = AgentId.of("agent-" + a);
                SplittableRandom random = new SplittableRandom(a);
                agents.add(pool.submit(() -> {
                    start.await();
                    while (endings.size() < CHAINS) {
                        Optional<DeliveredRecord> pulled = pull(ocs, agent);
                        if (pulled.isEmpty()) {
                            Thread.onSpinWait();
                            continue;
                        }
                        DeliveredRecord record = pulled.get();
                        ChainId chain = record.chain().id();
                        AgentId other = holders.putIfAbsent(chain, agent);
                        if (other != null) {
                            violations.add("chain " + chain + " delivered to " + agent + " while " + other
                                    + " held it");
                        }
                        var handle = record.chain().delivered().handle();
                        int action = random.nextInt(10);
                        holders.remove(chain, agent);
                        if (action < 3) {
                            rejects.incrementAndGet();
                            ocs.recordReject(agent, handle);
                            continue;
                        }
                        String ending;
                        if (action < 4) {
                            ocs.requestRecordCancel(agent, handle, ChainScope.ALL_CHAIN);
                            ending = "cancelled";
                        } else if (action < 5) {
                            ocs.doNotCall(agent, handle, ChainScope.ALL_CHAIN);
                            ocs.recordProcessed(agent, handle, CallResult.DO_NOT_CALL, Map.of());
                            ending = "do not call";
                        } else {
                            ocs.updateCallCompletionStats(agent, handle, Optional.of(CallResult.ANSWER), Map.of());
                            ocs.recordProcessed(agent, handle, CallResult.ANSWER, Map.of());
                            ending = "processed";
                        }
                        String before = endings.putIfAbsent(chain, ending);
                        if (before != null) {
                            violations.add("chain " + chain + " ended twice: " + before + ", then " + ending);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> agent : agents) {
                agent.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(violations).isEmpty();
            assertThat(endings).hasSize(CHAINS);
            assertThat(rejects.get()).as("some records went back to the pool and were delivered again")
                    .isGreaterThan(100);
            for (int a = 0; a < AGENTS; a++) {
                AgentId agent = AgentId.of("agent-" + a);
                assertThat(pull(ocs, agent)).as("nothing is left to deliver").isEmpty();
            }
        }
    }

    private static Optional<DeliveredRecord> pull(SimulatedOutboundContactServer ocs, AgentId agent) {
        try {
            return Optional.of(ocs.previewRecordRequest(agent, CAMPAIGN));
        } catch (OutboundException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NO_RECORDS_AVAILABLE);
            return Optional.empty();
        }
    }

    /** The same chains, callable at any hour, so that the test does not depend on the time of day. */
    static List<Chain> allDay(List<Chain> chains) {
        return chains.stream().map(chain -> new Chain(chain.records().stream()
                .map(r -> GswRecordForm.withValues(r, Map.of("GSW_FROM", 0L, "GSW_UNTIL", 86399L))).toList()))
                .toList();
    }
}
