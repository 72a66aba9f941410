package dev.outbound.app;

import dev.outbound.port.spi.AgentDesktop;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * One run of the bench: one thread per agent's desktop, a warm-up, then the measured seconds with a progress line
 * per second; then the report (cycles per second, latency percentiles per request) and the invariants' check. A
 * broken invariant or a failed agent fails the run.
 */
final class BenchRun {
    private final List<AgentDesktop> desktops;
    private final String campaign;
    private final int warmupSeconds;
    private final int seconds;
    private final String moreRecords;

    /**
     * A run of {@code desktops} on {@code campaign}; {@code moreRecords} tells the user how to give the campaign more
     * records when it runs dry, such as "use --chains for more records".
     */
    BenchRun(List<AgentDesktop> desktops, String campaign, int warmupSeconds, int seconds, String moreRecords) {
        this.desktops = List.copyOf(desktops);
        this.campaign = campaign;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
        this.moreRecords = moreRecords;
    }

    /** Runs the agents and reports to {@code out}; throws {@link CommandFailedException} when the run failed. */
    void run(PrintWriter out) {
        BenchLatencies latencies = new BenchLatencies();
        BenchInvariants invariants = new BenchInvariants();
        LongAdder cycles = new LongAdder();
        BenchWindow window = BenchWindow.startingNow(TimeUnit.SECONDS.toNanos(warmupSeconds),
                TimeUnit.SECONDS.toNanos(seconds));
        AtomicLong lastCycleEnd = new AtomicLong(window.start());
        ExecutorService pool = Executors.newFixedThreadPool(desktops.size(), r -> {
            Thread t = new Thread(r, "bench-agent");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < desktops.size(); i++) {
            running.add(pool.submit(new BenchAgent(desktops.get(i), campaign, window, latencies, invariants,
                    cycles, lastCycleEnd, i + 1)));
        }
        pool.shutdown();
        try {
            progress(out, pool, window, cycles);
            for (Future<?> agent : running) {
                agent.get();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted");
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw new CommandFailedException("a simulated agent failed: " + StartupException.describe(e.getCause()));
        }
        report(out, window, cycles.sum(), lastCycleEnd.get(), latencies, invariants, moreRecords);
    }

    /** A line a second until every agent has stopped: the rate of the last second and of the whole window. */
    private static void progress(PrintWriter out, ExecutorService pool, BenchWindow window, LongAdder cycles)
            throws InterruptedException {
        long previous = 0;
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            long now = System.nanoTime();
            long total = cycles.sum();
            double elapsed = (now - window.start()) / 1e9;
            if (!window.measures(now)) {
                out.printf("  %4.0f s  warming up%n", elapsed);
            } else {
                out.printf("  %4.0f s  %9d cycles  %8d cycles/s in the last second  %8.0f cycles/s measured%n",
                        elapsed, total, total - previous, total / window.measuredSeconds(now));
            }
            previous = total;
            out.flush();
        }
    }

    private static void report(PrintWriter out, BenchWindow window, long cycles, long lastCycleEnd,
                               BenchLatencies latencies, BenchInvariants invariants, String moreRecords) {
        double measured = window.measuredSeconds(System.nanoTime());
        out.printf("%d cycles in %.1f s measured: %.0f cycles/s (%.0f requests/s); %d chains finished in all%n",
                cycles, measured, cycles / measured, latencies.count() / measured, invariants.finishedCount());
        if (window.measures(lastCycleEnd) && window.measuredSeconds(lastCycleEnd) < measured - 1) {
            double busy = window.measuredSeconds(lastCycleEnd);
            out.printf("the campaign had no record left to deliver after %.1f s of the measured time: %.0f cycles/s "
                    + "until then (%s, or a shorter --seconds)%n", busy, cycles / busy, moreRecords);
        } else if (!window.measures(lastCycleEnd)) {
            out.println("the campaign had no record left to deliver before the warm-up ended: nothing was measured "
                    + "(" + moreRecords + ", or a shorter --warmup)");
        }
        latencies.print(out, measured);
        List<String> problems = invariants.check();
        if (!problems.isEmpty()) {
            problems.forEach(out::println);
            out.flush();
            throw new CommandFailedException(problems.size() + " invariant(s) broken; see above");
        }
        out.println("invariants held: no chain held by two agents, none finished twice, none left held");
        out.flush();
    }
}
