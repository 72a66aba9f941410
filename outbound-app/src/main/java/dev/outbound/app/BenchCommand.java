package dev.outbound.app;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.in.UseCases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code bench [--agents <n>] [--seconds <s>] [--campaign <name>] [--chains <n>] [--config <file>]}: starts the
 * configured backend and application in this process (no endpoint), lets simulated agents work full record cycles
 * through the use cases for a while, shows progress, then prints throughput and latency percentiles per request
 * and checks the invariants (no chain held by two agents, none finished twice, none left held). A broken invariant
 * fails the command.
 */
final class BenchCommand implements Command {
    private static final String AGENTS = "--agents";
    private static final String SECONDS = "--seconds";
    private static final String CAMPAIGN = "--campaign";
    private static final String CHAINS = "--chains";
    private static final String CONFIG = "--config";
    private static final String WHOLE = "a whole number";

    private final ConfigurationLoader loader;
    private final Launcher launcher;
    private final Clock clock;

    BenchCommand(ConfigurationLoader loader, Launcher launcher, Clock clock) {
        this.loader = loader;
        this.launcher = launcher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--agents <n>] [--seconds <s>] [--campaign <name>] [--chains <n>] [--config <file>]";
    }

    @Override
    public String summary() {
        return "Runs simulated agents through full record cycles in this process (default 16 agents, 10 s, campaign "
                + "\"Preview Sales\" with 300000 extra generated chains on the mock backend) and prints throughput, "
                + "latency percentiles and the invariants' check.";
    }

    @Override
    public void run(List<String> arguments, Console console) {
        Options options = Options.parse(arguments, Set.of(AGENTS, SECONDS, CAMPAIGN, CHAINS, CONFIG));
        int agents = options.integer(AGENTS, 1, 1_000, WHOLE, "").orElse(16);
        int seconds = options.integer(SECONDS, 1, 3_600, WHOLE, "").orElse(10);
        int chains = options.integer(CHAINS, 0, 5_000_000, WHOLE, "").orElse(300_000);
        String campaign = options.value(CAMPAIGN).orElse("Preview Sales");
        Configuration configuration = loader.load(options.value(CONFIG).map(Path::of), Map.of(
                AppKeys.ENDPOINTS, new ConfiguredValue("", "the bench command (no endpoint)"),
                AppKeys.BACKEND_SETTINGS + "mock.extra-chains", new ConfiguredValue(Integer.toString(chains),
                        "the bench command's " + CHAINS)));
        Lifecycle lifecycle = launcher.start(configuration);
        try {
            console.out().printf("bench: %d agents for %d s on campaign \"%s\"%n", agents, seconds, campaign);
            console.out().flush();
            measure(lifecycle.useCases(), agents, seconds, campaign, console);
        } finally {
            lifecycle.stop();
        }
    }

    private void measure(UseCases useCases, int agents, int seconds, String campaign, Console console) {
        BenchLatencies latencies = new BenchLatencies();
        BenchInvariants invariants = new BenchInvariants();
        LongAdder cycles = new LongAdder();
        long start = System.nanoTime();
        AtomicLong lastCycleEnd = new AtomicLong(start);
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(agents, r -> {
            Thread t = new Thread(r, "bench-agent");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            running.add(pool.submit(new BenchAgent(AgentId.of("bench-agent-" + i), useCases, campaign, deadline,
                    clock, latencies, invariants, cycles, lastCycleEnd, i)));
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                console.out().printf("  %4.0f s  %9d cycles  %8.0f cycles/s%n", elapsed, cycles.sum(),
                        cycles.sum() / elapsed);
                console.out().flush();
            }
            for (Future<?> agent : running) {
                agent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CommandFailedException("a simulated agent failed: " + e.getCause());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double busy = Math.max(1e-9, (lastCycleEnd.get() - start) / 1e9);
        console.out().printf("%d cycles in %.1f s: %.0f cycles/s, %d chains finished%n", cycles.sum(), elapsed,
                cycles.sum() / elapsed, invariants.finishedCount());
        if (busy < elapsed - 1) {
            console.out().printf("the campaign had no record left to deliver after %.1f s: %.0f cycles/s until then "
                    + "(use --chains or --seconds to measure longer)%n", busy, cycles.sum() / busy);
        }
        latencies.print(console.out(), elapsed);
        List<String> problems = invariants.check();
        if (!problems.isEmpty()) {
            problems.forEach(console.out()::println);
            console.out().flush();
            throw new CommandFailedException(problems.size() + " invariant(s) broken; see above");
        }
        console.out().println("invariants held: no chain held by two agents, none finished twice, none left held");
        console.out().flush();
    }
}
