package dev.outbound.app;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the bench reaches Outbound when it starts Outbound itself: the three deployments it measures. */
enum BenchMode {
    /** Agents call the use cases of this process: the cost of the core and the backend alone. */
    IN_PROCESS("in-process"),
    /** Agents send envelopes over HTTP to the service endpoint of a stack in this process. */
    HTTP("http"),
    /** As {@code http}, and that stack's backend is the http backend, talking to a backend server in this process. */
    HTTP_BACKEND("http-backend");

    private final String option;

    BenchMode(String option) {
        this.option = option;
    }

    /** The value of {@code --mode} that selects it. */
    String option() {
        return option;
    }

    /** The mode {@code --mode} names; anything else is a {@link UsageException} listing the modes. */
    static BenchMode of(String option) {
        return Arrays.stream(values()).filter(mode -> mode.option.equals(option)).findFirst()
                .orElseThrow(() -> new UsageException("--mode expects one of " + options() + "; was \"" + option
                        + "\""));
    }

    /** Every mode's option, separated by {@code |}. */
    static String options() {
        return Arrays.stream(values()).map(BenchMode::option).collect(Collectors.joining("|"));
    }
}
