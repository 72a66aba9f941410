package dev.outbound.adapter.mock.bench;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a pull costs in the simulator as the calling list grows from 10 thousand to 1 million records: the time of
 * one PreviewRecordRequest followed by RecordProcessed (or RecordReject) for one agent. The list holds customers
 * in ten time zones at 14:30 UTC, so many records are outside their calling window; they are parked while the list
 * is primed, as they would be in the first minutes of a real day. Run with {@code bench/mock-selection.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RecordSelectionBenchmark {
    private static final AgentId AGENT = AgentId.of("bench-agent");
    private static final int BATCH = 2_000;

    @Param({"10000", "100000", "1000000"})
    public int records;

    private SimulatedOutboundContactServer ocs;

    /**
     * A fresh list for every iteration, so that every batch pulls from a full list; primed by pulling and rejecting
     * each chain once, so that the chains outside their calling window are already parked (as after the first
     * minutes of a real day) and the measure is the steady state, not the first look at each record.
     */
    @Setup(Level.Iteration)
    public void load() {
        var data = BenchData.withRecords(records);
        ocs = new SimulatedOutboundContactServer(data, Clock.fixed(BenchData.NOW, ZoneOffset.UTC),
                new SimulatedOutboundContactServer.Options(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(1)));
        long chains = data.campaigns().get(0).chains().size();
        for (long i = 0; i < chains; i++) {
            DeliveredRecord record = ocs.previewRecordRequest(AGENT, BenchData.CAMPAIGN);
            ocs.recordReject(AGENT, record.chain().delivered().handle());
        }
        System.gc();
    }

    @TearDown(Level.Iteration)
    public void close() {
        ocs.close();
    }

    /** Pull then process, {@value #BATCH} times: each chain is finished, the list shrinks. */
    @Benchmark
    @Warmup(iterations = 3, batchSize = 1)
    @Measurement(iterations = 10, batchSize = 1)
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(BATCH)
    public void pullAndProcess(Blackhole blackhole) {
        for (int i = 0; i < BATCH; i++) {
            DeliveredRecord record = ocs.previewRecordRequest(AGENT, BenchData.CAMPAIGN);
            ocs.recordProcessed(AGENT, record.chain().delivered().handle(), CallResult.ANSWER, Map.of());
            blackhole.consume(record);
        }
    }

    /** Pull then reject: the chain goes to the back of the queue, so the list keeps its size. */
    @Benchmark
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public DeliveredRecord pullAndReject() {
        DeliveredRecord record = ocs.previewRecordRequest(AGENT, BenchData.CAMPAIGN);
        ocs.recordReject(AGENT, record.chain().delivered().handle());
        return record;
    }
}
