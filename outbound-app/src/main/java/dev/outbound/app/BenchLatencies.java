package dev.outbound.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency of every request type the bench sends, in HdrHistogram histograms, and the refusals per type. */
final class BenchLatencies {
    private final Map<String, Histogram> byRequest = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();

    /** Records one request that took {@code nanos}. */
    void record(String request, long nanos) {
        byRequest.computeIfAbsent(request, r -> new ConcurrentHistogram(3)).recordValue(Math.max(1, nanos / 1_000));
    }

    /** Counts one request refused with {@code code} (expected ones, such as NO_RECORDS_AVAILABLE, included). */
    void refused(String request, String code) {
        refusals.computeIfAbsent(request + " " + code, r -> new LongAdder()).increment();
    }

    /** How many requests were recorded, of every type. */
    long count() {
        return byRequest.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    /** The table of counts, rates and percentiles (milliseconds) per request, and the refusals. */
    void print(PrintWriter out, double seconds) {
        out.printf("%-34s %9s %9s %8s %8s %8s %8s%n", "request", "count", "per s", "p50 ms", "p90 ms", "p99 ms",
                "max ms");
        new java.util.TreeMap<>(byRequest).forEach((request, histogram) -> out.printf(
                "%-34s %9d %9.0f %8.3f %8.3f %8.3f %8.3f%n", request, histogram.getTotalCount(),
                histogram.getTotalCount() / seconds, millis(histogram, 50), millis(histogram, 90),
                millis(histogram, 99), histogram.getMaxValue() / 1_000.0));
        if (!refusals.isEmpty()) {
            out.println("refused:");
            new java.util.TreeMap<>(refusals).forEach((what, count) -> out.printf("  %-50s %9d%n", what,
                    count.sum()));
        }
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }
}
