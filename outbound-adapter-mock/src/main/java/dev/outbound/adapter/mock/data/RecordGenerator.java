package dev.outbound.adapter.mock.data;

import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.FlatValues;
import dev.outbound.domain.record.PhoneType;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.record.RecordStatus;
import dev.outbound.domain.record.RecordType;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.CallingWindow;
import dev.outbound.domain.schedule.RecordTimeZone;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes realistic calling-list records from a seed: the same seed and size always give the same records.
 *
 * <p>Chains hold one to three numbers of one customer (home first, then mobile or business). Customers live in
 * the time zones of {@link #ZONES}, with calling windows of 08:00-21:00 (most), 09:00-18:00, or all day, in their
 * own zone. Each record carries the custom fields {@code Customer_Name}, {@code Account_Number} (int),
 * {@code Balance} (float, as text) and {@code Plan} (enum: basic, plus, premium).
 */
public final class RecordGenerator {
    /** The OCS zone names customers are spread over. */
    public static final List<String> ZONES = List.of("EST", "CST", "MST", "PST", "GMT", "CET", "EET", "JST",
            "AEST", "ACT");
    private static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "Diego", "Emma", "Farid", "Grace",
            "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quentin", "Rosa", "Sven",
            "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of("Anders", "Baker", "Costa", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Hughes", "Ivanova", "Jensen", "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel",
            "Quinn", "Rossi", "Silva", "Tanaka", "Ueda", "Varga", "Weber", "Young", "Zhang");
    private static final List<String> PLANS = List.of("basic", "plus", "premium");

    private RecordGenerator() {}

    /**
     * Generates {@code chains} chains for a campaign.
     *
     * @param campaignName   written into each record's GSW_CAMPAIGN_NAME
     * @param chains         how many chains (customers)
     * @param seed           the same seed gives the same records
     * @param firstHandle    the first record handle; the others follow one by one
     * @param firstChainId   the first chain id; the others follow one by one
     * @param zonesAt        the instant whose daylight saving the GSW_TZ_OFFSET values reflect
     */
    public static List<Chain> generate(String campaignName, int chains, long seed, long firstHandle,
                                       long firstChainId, Instant zonesAt) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, RecordTimeZone> zones = new java.util.HashMap<>();
        for (String zone : ZONES) {
            zones.put(zone, RecordTimeZone.of(zone, zonesAt));
        }
        List<Chain> result = new ArrayList<>(chains);
        long handle = firstHandle;
        for (int c = 0; c < chains; c++) {
            ChainId chainId = ChainId.of(firstChainId + c);
            RecordTimeZone zone = zones.get(ZONES.get(random.nextInt(ZONES.size())));
            CallingWindow window = window(random);
            // Normalized once, so that the chain's records share one map rather than a copy each.
            Map<String, Object> customer = FlatValues.normalizeAll(Map.of(
                    "GSW_CAMPAIGN_NAME", campaignName,
                    "Customer_Name", FIRST.get(random.nextInt(FIRST.size())) + " "
                            + LAST.get(random.nextInt(LAST.size())),
                    "Account_Number", 100_000L + random.nextInt(900_000),
                    "Balance", balance(random),
                    "Plan", PLANS.get(random.nextInt(PLANS.size()))));
            int numbers = 1 + random.nextInt(3);
            List<CallingListRecord> records = new ArrayList<>(numbers);
            for (int n = 0; n < numbers; n++) {
                PhoneType type = n == 0 ? PhoneType.HOME : (random.nextBoolean() ? PhoneType.MOBILE
                        : PhoneType.DIRECT_BUSINESS);
                records.add(new CallingListRecord(RecordHandle.of(handle++), chainId, phone(zone, random), type,
                        window, zone, 0, CallResult.UNKNOWN, RecordType.GENERAL, RecordStatus.READY,
                        Optional.empty(), customer));
            }
            result.add(new Chain(records));
        }
        return result;
    }

    /** Dollars and cents as text, such as {@code 1234.05} (String.format took almost half of the generation time). */
    private static String balance(SplittableRandom random) {
        int dollars = random.nextInt(5000);
        int cents = random.nextInt(100);
        return dollars + (cents < 10 ? ".0" : ".") + cents;
    }

    private static CallingWindow window(SplittableRandom random) {
        int pick = random.nextInt(10);
        if (pick < 7) {
            return CallingWindow.of(LocalTime.of(8, 0), LocalTime.of(21, 0));
        }
        if (pick < 9) {
            return CallingWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0));
        }
        return CallingWindow.allDay();
    }

    /** A number in the zone's country style: +1 for North America, +44, +33, +358, +81, +61. */
    private static String phone(RecordTimeZone zone, SplittableRandom random) {
        String country = switch (zone.name()) {
            case "EST", "CST", "MST", "PST" -> "+1";
            case "GMT" -> "+44";
            case "CET" -> "+33";
            case "EET" -> "+358";
            case "JST" -> "+81";
            default -> "+61";
        };
        return country + (200_000_000L + random.nextLong(799_999_999L));
    }
}
