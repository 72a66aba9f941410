package dev.outbound.adapter.mock.engine;

import java.time.Instant;

/** A chain's place in one of its campaign's queues, valid while the chain is still at {@code version}. */
record Ticket(ChainEntry chain, long version, Instant at) implements Comparable<Ticket> {
    boolean isValid() {
        return chain.version == version;
    }

    @Override
    public int compareTo(Ticket other) {
        return at.compareTo(other.at);
    }
}
