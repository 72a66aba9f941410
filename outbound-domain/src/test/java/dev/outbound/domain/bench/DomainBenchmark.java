package dev.outbound.domain.bench;

import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.field.FieldUpdateRejectedException;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallingWindow;
import dev.outbound.domain.schedule.RecordTimeZone;
import dev.outbound.domain.schedule.Rescheduling;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the domain's per-request rules cost: validating a field update (the seed's sample, and one refused for four
 * reasons), reading a reschedule date in the record's zone, and the calling-window checks the simulator makes per
 * pull. Run with {@code bench/domain.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DomainBenchmark {
    private static final Instant NOW = Instant.parse("2031-01-15T14:30:00Z");

    private final FieldCatalog catalog = FieldCatalog.withSystemFields(List.of(
            FieldDefinition.varChar("GSW_CUSTOM_STRING", "Custom String", true, false, 255)));
    private final Map<String, Object> recordValues = GswRecordForm.toFlat(
            GswRecordForm.fromFlat(SeedSamples.deliveredRecord()));
    private final Map<String, FieldValue> seedUpdate = new LinkedHashMap<>();
    private final Map<String, FieldValue> badUpdate = new LinkedHashMap<>();
    private final RecordTimeZone newYork = new RecordTimeZone("EST", -18000);
    private final RecordTimeZone unknownZone = new RecordTimeZone("XYZ", 19800);
    private final CallingWindow businessHours = CallingWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0));
    private final CallingListRecord seedRecord = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());

    public DomainBenchmark() {
        seedUpdate.put("GSW_FROM", FieldValue.of("10.15"));
        seedUpdate.put("GSW_UNTIL", FieldValue.of("23:45"));
        seedUpdate.put("GSW_PHONE_TYPE", FieldValue.of(9));
        seedUpdate.put("GSW_CUSTOM_STRING", FieldValue.of("Custom message"));
        badUpdate.put("GSW_FROM", FieldValue.of("25:00"));
        badUpdate.put("GSW_PHONE_TYPE", FieldValue.of(12));
        badUpdate.put("GSW_PHONE", FieldValue.of(""));
        badUpdate.put("NO_SUCH_FIELD", FieldValue.of("x"));
    }

    @Benchmark
    public Map<String, Object> validateTheSeedsFieldUpdate() {
        return catalog.validateUpdate(seedUpdate, recordValues);
    }

    @Benchmark
    public int refuseAnUpdateForFourReasons() {
        try {
            catalog.validateUpdate(badUpdate, recordValues);
            throw new IllegalStateException("the update should have been refused");
        } catch (FieldUpdateRejectedException refused) {
            return refused.violations().size();
        }
    }

    @Benchmark
    public Callback rescheduleInTheRecordsZone() {
        return Rescheduling.schedule("05/27/2031 10:55", "PERSONAL", newYork, NOW);
    }

    @Benchmark
    public boolean isTheWindowOpenInTheRecordsZone() {
        return businessHours.isOpenAt(NOW, newYork);
    }

    @Benchmark
    public Instant nextOpeningOfAClosedWindow() {
        return businessHours.nextOpening(NOW.plusSeconds(8 * 3600), newYork).orElseThrow();
    }

    @Benchmark
    public boolean isTheWindowOpenInAFixedOffsetZone() {
        return businessHours.isOpenAt(NOW, unknownZone);
    }

    @Benchmark
    public Map<String, Object> recordToFlatForm() {
        return GswRecordForm.toFlat(seedRecord);
    }
}
