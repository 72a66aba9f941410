package dev.outbound.domain.schedule;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone names OCS records carry in {@code GSW_TZ_NAME}, mapped to the region zones whose daylight-saving
 * rules they stand for (EST to America/New_York, GMT to Europe/London, ...).
 *
 * <p>Lookup ignores case ("est" finds EST) but nothing else: no trimming, no guessing. A name is listed only when it
 * names one region in practice; where a name has other meanings (CST, IST), the region's offsets never meet those
 * of the other meanings, so {@link RecordTimeZone#zone()} falls back to the record's fixed offset for them. Names
 * that would need a guess between regions with different rules (ACST: Darwin or Adelaide) are left out on purpose.
 * ACT is Australian Central Time as OCS uses it (the API reference's sample record: offset 34200, +09:30), not
 * Acre Time.
 */
public final class OcsTimeZones {
    private static final Map<String, ZoneId> TABLE = buildTable();
    private static final Map<ZoneId, RegionOffsets> OFFSETS = offsetsOfTableRegions();

    private OcsTimeZones() {}

    /** The region zone an OCS zone name stands for; empty for a null or unknown name. Case-insensitive. */
    public static Optional<ZoneId> region(String ocsName) {
        if (ocsName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLE.get(ocsName.toUpperCase(Locale.ROOT)));
    }

    /** The whole table, names in upper case, in a stable order (west to east, roughly); unmodifiable. */
    public static Map<String, ZoneId> table() {
        return TABLE;
    }

    /** The offsets {@code region} uses under its current rules; precomputed for the regions of the table. */
    public static RegionOffsets offsetsOf(ZoneId region) {
        RegionOffsets known = OFFSETS.get(region);
        return known != null ? known : RegionOffsets.of(region);
    }

    private static Map<String, ZoneId> buildTable() {
        Map<String, ZoneId> table = new LinkedHashMap<>();
        put(table, "Pacific/Honolulu", "HST");
        put(table, "America/Anchorage", "AKST", "AKDT");
        put(table, "America/Los_Angeles", "PST", "PDT");
        put(table, "America/Denver", "MST", "MDT");
        put(table, "America/Chicago", "CST", "CDT");
        put(table, "America/New_York", "EST", "EDT");
        put(table, "America/Sao_Paulo", "BRT");
        put(table, "Europe/London", "GMT", "BST");
        put(table, "Europe/Lisbon", "WET", "WEST");
        put(table, "Europe/Paris", "CET", "CEST");
        put(table, "Europe/Helsinki", "EET", "EEST");
        put(table, "Africa/Johannesburg", "SAST");
        put(table, "Europe/Moscow", "MSK");
        put(table, "Asia/Kolkata", "IST");
        put(table, "Asia/Singapore", "SGT");
        put(table, "Asia/Hong_Kong", "HKT");
        put(table, "Australia/Perth", "AWST");
        put(table, "Asia/Tokyo", "JST");
        put(table, "Asia/Seoul", "KST");
        put(table, "Australia/Darwin", "ACT");
        put(table, "Australia/Sydney", "AEST", "AEDT");
        put(table, "Pacific/Auckland", "NZST", "NZDT");
        return Collections.unmodifiableMap(table);
    }

    private static void put(Map<String, ZoneId> table, String region, String... names) {
        ZoneId zone = ZoneId.of(region);
        for (String name : names) {
            table.put(name, zone);
        }
    }

    private static Map<ZoneId, RegionOffsets> offsetsOfTableRegions() {
        Map<ZoneId, RegionOffsets> offsets = new LinkedHashMap<>();
        for (ZoneId region : TABLE.values()) {
            offsets.computeIfAbsent(region, RegionOffsets::of);
        }
        return Collections.unmodifiableMap(offsets);
    }
}
