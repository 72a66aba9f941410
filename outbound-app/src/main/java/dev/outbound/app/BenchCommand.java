package dev.outbound.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code bench}: simulated agents work full record cycles for a while, through the desktop requests of the
 * Service Client API, with progress while they run; then it prints throughput and latency percentiles per request
 * and checks the invariants (no chain held by two agents, none finished twice, none left held). A broken invariant
 * fails the command.
 *
 * <p>The bench starts the configured stack itself, in one of three {@link BenchMode}s, or (with {@code --url}
 * and {@code --tokens}) drives a service that is already running.
 */
final class BenchCommand implements Command {
    private static final String AGENTS = "--agents";
    private static final String SECONDS = "--seconds";
    private static final String WARMUP = "--warmup";
    private static final String CAMPAIGN = "--campaign";
    private static final String CHAINS = "--chains";
    private static final String CONFIG = "--config";
    private static final String MODE = "--mode";
    private static final String URL = "--url";
    private static final String TOKENS = "--tokens";
    private static final String WHOLE = "a whole number";

    private final BenchTargets targets;

    BenchCommand(BenchTargets targets) {
        this.targets = targets;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--mode " + BenchMode.options() + "] [--agents <n>] [--warmup <s>] [--seconds <s>] "
                + "[--campaign <name>] [--chains <n>] [--config <file>]   or   bench --url <service address> "
                + "--tokens <token,...> [--warmup <s>] [--seconds <s>] [--campaign <name>]";
    }

    @Override
    public String summary() {
        return "Runs simulated agents through full record cycles (default 16 agents, 5 s of warm-up and 10 s "
                + "measured, campaign \"Preview Sales\" with 1000000 extra generated chains on the mock backend) and "
                + "prints throughput, latency percentiles and the invariants' check. --mode in-process (default) calls the use cases directly; "
                + "http goes through the service endpoint over loopback HTTP; http-backend also puts the http "
                + "backend and a backend server between the application and the simulator. --url drives a running "
                + "service instead, one agent per bearer token of --tokens.";
    }

    @Override
    public void run(List<String> arguments, Console console) {
        Options options = Options.parse(arguments, Set.of(AGENTS, SECONDS, WARMUP, CAMPAIGN, CHAINS, CONFIG, MODE,
                URL, TOKENS));
        int seconds = options.integer(SECONDS, 1, 3_600, WHOLE, "").orElse(10);
        int warmup = options.integer(WARMUP, 0, 600, WHOLE, "").orElse(5);
        String campaign = options.value(CAMPAIGN).orElse("Preview Sales");
        BenchTarget target;
        String moreRecords;
        if (options.value(URL).isPresent()) {
            refuseWithUrl(options, AGENTS, "the agents are those of --tokens");
            refuseWithUrl(options, MODE, "the running service is measured as it is deployed");
            refuseWithUrl(options, CHAINS, "the running service's backend has the records it has");
            refuseWithUrl(options, CONFIG, "the running service has its own configuration");
            List<String> tokens = tokens(options.value(TOKENS).orElseThrow(() -> new UsageException(URL
                    + " needs " + TOKENS + ": the bearer tokens of the agents to sign in as, separated by commas "
                    + "(the service's outbound.endpoint.service.agents setting lists them)")));
            target = targets.remote(options.value(URL).get(), tokens);
            moreRecords = "the running service's backend needs more callable records in this campaign";
        } else {
            if (options.value(TOKENS).isPresent()) {
                throw new UsageException(TOKENS + " is used only with " + URL + "; the bench makes its own agents "
                        + "when it starts Outbound itself");
            }
            int agents = options.integer(AGENTS, 1, 1_000, WHOLE, "").orElse(16);
            int chains = options.integer(CHAINS, 0, 5_000_000, WHOLE, "").orElse(1_000_000);
            BenchMode mode = options.value(MODE).map(BenchMode::of).orElse(BenchMode.IN_PROCESS);
            target = targets.start(mode, options.value(CONFIG).map(Path::of), agents, campaign, chains);
            moreRecords = "use --chains for more records";
        }
        try (target) {
            console.out().printf("bench: %d agents, %d s of warm-up then %d s measured, on campaign \"%s\", %s%n",
                    target.desktops().size(), warmup, seconds, campaign, target.description());
            console.out().flush();
            new BenchRun(target.desktops(), campaign, warmup, seconds, moreRecords).run(console.out());
        }
    }

    private static void refuseWithUrl(Options options, String option, String why) {
        if (options.value(option).isPresent()) {
            throw new UsageException(option + " cannot be used with " + URL + ": " + why);
        }
    }

    private static List<String> tokens(String value) {
        List<String> tokens = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (tokens.contains("")) {
            throw new UsageException(TOKENS + " expects bearer tokens separated by commas, found an empty one");
        }
        if (tokens.size() > 1_000) {
            throw new UsageException(TOKENS + " takes at most 1000 tokens; was " + tokens.size());
        }
        if (Set.copyOf(tokens).size() != tokens.size()) {
            throw new UsageException(TOKENS + " names a token twice; each token is one agent, signed in once");
        }
        return tokens;
    }
}
