package dev.outbound.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed clock tests use. */
final class TestClock {
    static final Clock FIXED = Clock.fixed(Instant.parse("2031-01-01T10:00:00Z"), ZoneOffset.UTC);

    private TestClock() {}
}
