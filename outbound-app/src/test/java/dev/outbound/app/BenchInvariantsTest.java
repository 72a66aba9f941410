package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.ChainId;
import org.junit.jupiter.api.Test;

/** The bench's invariant checks report each kind of break, so that "invariants held" means something. */
class BenchInvariantsTest {
    static final AgentId A = AgentId.of("a");
    static final AgentId B = AgentId.of("b");
    static final ChainId CHAIN = ChainId.of(7);

    private final BenchInvariants invariants = new BenchInvariants();

    @Test
    void aCleanCycleAndARedeliveryAfterARejectAreFine() {
        invariants.delivered(A, CHAIN);
        invariants.released(A, CHAIN);
        invariants.delivered(B, CHAIN);
        invariants.finished(B, CHAIN);

        assertThat(invariants.check()).isEmpty();
        assertThat(invariants.finishedCount()).isEqualTo(1);
    }

    @Test
    void aChainDeliveredToTwoAgentsAtOnceIsReported() {
        invariants.delivered(A, CHAIN);
        invariants.delivered(B, CHAIN);

        assertThat(invariants.check()).anyMatch(p -> p.contains("delivered to b while a held it"));
    }

    @Test
    void aChainFinishedTwiceOrDeliveredAfterItsFinishIsReported() {
        invariants.delivered(A, CHAIN);
        invariants.finished(A, CHAIN);
        invariants.delivered(B, CHAIN);
        invariants.finished(B, CHAIN);

        assertThat(invariants.check()).anyMatch(p -> p.contains("after it was finished"))
                .anyMatch(p -> p.contains("finished twice"));
    }

    @Test
    void aChainLeftHeldIsReported() {
        invariants.delivered(A, CHAIN);

        assertThat(invariants.check()).containsExactly("chain 7 is still held by a after every agent stopped");
    }
}
