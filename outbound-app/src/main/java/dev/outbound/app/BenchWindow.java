package dev.outbound.app;

/**
 * When the bench's agents work and when what they do counts, in {@link System#nanoTime()} units: they start at
 * {@code start}, are measured from {@code measureFrom} (the warm-up before it lets the JIT compile the hot paths;
 * its requests are checked for the invariants like every other, but not counted), and stop starting new cycles at
 * {@code deadline}.
 */
record BenchWindow(long start, long measureFrom, long deadline) {
    BenchWindow {
        if (measureFrom < start || deadline <= measureFrom) {
            throw new IllegalArgumentException("a bench window needs start <= measureFrom < deadline");
        }
    }

    /** A window that starts now. */
    static BenchWindow startingNow(long warmupNanos, long measureNanos) {
        long now = System.nanoTime();
        return new BenchWindow(now, now + warmupNanos, now + warmupNanos + measureNanos);
    }

    /** Whether something that started at {@code nanos} counts. */
    boolean measures(long nanos) {
        return nanos >= measureFrom;
    }

    /** Whether an agent may start a new cycle at {@code nanos}. */
    boolean open(long nanos) {
        return nanos < deadline;
    }

    /** Seconds measured by {@code nanos}: from {@code measureFrom}, never less than a nanosecond. */
    double measuredSeconds(long nanos) {
        return Math.max(1, nanos - measureFrom) / 1e9;
    }
}
