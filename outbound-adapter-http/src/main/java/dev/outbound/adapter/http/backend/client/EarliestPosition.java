package dev.outbound.adapter.http.backend.client;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lowest event position ({@code X-Event-Position}) the server reported in its replies. Until the event stream
 * has been open once, the client has no Last-Event-ID of its own; it then resumes after this position, so that
 * the events its own early requests caused (a pushed record after PreviewDialingModeStart) are not lost.
 */
final class EarliestPosition {
    private final AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);

    /** Notes a position read from a reply. */
    void offer(long position) {
        lowest.accumulateAndGet(position, Math::min);
    }

    /** The lowest position seen, if any reply carried one. */
    OptionalLong get() {
        long value = lowest.get();
        return value == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
