package dev.outbound.domain.schedule;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A record's time zone as OCS carries it: the zone name ({@code GSW_TZ_NAME}, empty when unknown) and the offset
 * in seconds east of UTC ({@code GSW_TZ_OFFSET}), daylight saving included at the time OCS sent it.
 *
 * <p>The offset alone is a snapshot: it goes stale at the next daylight-saving change. {@link #zone()} therefore
 * prefers the region the name stands for, which knows the changes, and falls back to the fixed offset when the name
 * is unknown or the offset is not one the region uses (the name cannot then be trusted).
 *
 * <p>This stays a record (value equality, no hidden state): {@link #zone()} is computed on each call, which costs a
 * map lookup and an offset comparison, because the offsets of every region in {@link OcsTimeZones} are computed
 * once when that class loads.
 *
 * @param name          the OCS zone name, for example "EST" or "ACT"; empty when unknown, never null
 * @param offsetSeconds seconds east of UTC, from -64800 (-18:00) to 64800 (+18:00)
 */
public record RecordTimeZone(String name, int offsetSeconds) {
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    public RecordTimeZone {
        if (name == null) {
            throw new OutboundException(ErrorCode.INVALID_TIME_ZONE,
                    "time zone name GSW_TZ_NAME is required; use \"\" when it is unknown");
        }
        if (offsetSeconds < -MAX_OFFSET_SECONDS || offsetSeconds > MAX_OFFSET_SECONDS) {
            throw new OutboundException(ErrorCode.INVALID_TIME_ZONE,
                    "time zone offset GSW_TZ_OFFSET must be seconds east of UTC from -64800 (-18:00) to 64800"
                            + " (+18:00), was " + offsetSeconds);
        }
    }

    /**
     * What OCS would send for a record in the named zone at {@code at}: the name and the region's offset at that
     * instant. Fails with {@link ErrorCode#INVALID_TIME_ZONE} when the name is not in {@link OcsTimeZones}.
     */
    public static RecordTimeZone of(String ocsName, Instant at) {
        Require.present(at, "instant");
        ZoneId region = OcsTimeZones.region(ocsName).orElseThrow(() -> new OutboundException(
                ErrorCode.INVALID_TIME_ZONE, "time zone name \"" + ocsName + "\" is not one of the known names "
                        + OcsTimeZones.table().keySet()));
        return new RecordTimeZone(ocsName, region.getRules().getOffset(at).getTotalSeconds());
    }

    /** A zone known only by its offset: no name, so {@link #zone()} is that fixed offset. */
    public static RecordTimeZone fixed(ZoneOffset offset) {
        return new RecordTimeZone("", Require.present(offset, "offset").getTotalSeconds());
    }

    /**
     * This zone as OCS sends it at {@code at}: for a region, its offset in force then (daylight saving included);
     * a fixed offset as it is. A calling list may hold an offset taken in another season; the record is sent with the
     * offset of the moment, as {@code GSW_TZ_OFFSET} promises.
     */
    public RecordTimeZone sentAt(Instant at) {
        Require.present(at, "instant");
        ZoneId zone = zone();
        if (zone instanceof ZoneOffset) {
            return this;
        }
        int current = zone.getRules().getOffset(at).getTotalSeconds();
        return current == offsetSeconds ? this : new RecordTimeZone(name, current);
    }

    /** The offset OCS sent, as a {@link ZoneOffset}. */
    public ZoneOffset offset() {
        return ZoneOffset.ofTotalSeconds(offsetSeconds);
    }

    /**
     * The zone to read this record's clock in: the region of {@link #name()} when the name is in {@link
     * OcsTimeZones} and the offset is the region's standard or daylight-saving offset (see {@link RegionOffsets});
     * otherwise the fixed offset {@link #offset()}.
     */
    public ZoneId zone() {
        ZoneOffset sent = offset();
        Optional<ZoneId> region = OcsTimeZones.region(name);
        // Written without a lambda: this runs for every record a simulator delivers, and the captured lambda was
        // a heap allocation per call that escape analysis did not remove.
        return region.isPresent() && OcsTimeZones.offsetsOf(region.get()).uses(sent) ? region.get() : sent;
    }

    /** Whether {@link #zone()} is a region that follows daylight-saving changes, rather than a fixed offset. */
    public boolean isRegion() {
        return !(zone() instanceof ZoneOffset);
    }

    /** How to name this zone to a person: "EST (America/New_York)", "XYZ (fixed offset -05:00)", "UTC+09:30". */
    public String describe() {
        ZoneId zone = zone();
        if (zone instanceof ZoneOffset) {
            return name.isEmpty() ? "UTC" + offsetText() : name + " (fixed offset " + offsetText() + ")";
        }
        return name + " (" + zone.getId() + ")";
    }

    private String offsetText() {
        return offsetSeconds == 0 ? "+00:00" : offset().getId();
    }
}
