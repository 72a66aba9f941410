package dev.outbound.adapter.mock.bench;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.adapter.mock.data.DataSet;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Prints the heap the simulator uses per record for lists of 10 thousand, 100 thousand and 1 million records:
 * live heap after loading, minus live heap before, divided by the record count. Run with
 * {@code bench/mock-selection.sh memory}.
 */
public final class MemoryPerRecord {
    private MemoryPerRecord() {}

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int records : new int[] {10_000, 100_000, 1_000_000}) {
            long before = liveHeap(memory);
            DataSet data = BenchData.withRecords(records);
            SimulatedOutboundContactServer ocs = new SimulatedOutboundContactServer(data,
                    Clock.fixed(BenchData.NOW, ZoneOffset.UTC), new SimulatedOutboundContactServer.Options(
                            Duration.ofHours(1), Duration.ZERO, Duration.ofHours(1)));
            data = null;
            long after = liveHeap(memory);
            System.out.printf("%,10d records: %,8d bytes per record (%,d MiB live)%n", records,
                    (after - before) / records, (after - before) >> 20);
            ocs.close();
        }
    }

    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
