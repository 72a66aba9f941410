package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.DesktopInteraction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bench's run over fake desktops sharing one fake campaign: a campaign that hands a chain to two agents fails
 * the run loudly, and one that gives a rejected chain to the next agent before the reject's answer is back does
 * not (the bench lets go of a chain before it rejects it, not after).
 */
class BenchRunTest {
    private final StringWriter output = new StringWriter();
    private final PrintWriter out = new PrintWriter(output);

    @Test
    void aCampaignThatDeliversOneChainToTwoAgentsFailsTheRunNamingTheChain() {
        FakeCampaign campaign = new FakeCampaign(false, 0);

        assertThatThrownBy(() -> new BenchRun(campaign.desktops(3), "fake", 0, 1, "more").run(out))
                .isInstanceOf(CommandFailedException.class).hasMessageContaining("invariant(s) broken");
        assertThat(output.toString()).containsPattern("chain 1 was delivered to agent-[0-9] while agent-[0-9] "
                + "held it").doesNotContain("invariants held");
    }

    @Test
    void aRejectedChainPulledByAnotherAgentBeforeTheRejectAnswersIsNotADoubleHold() {
        FakeCampaign campaign = new FakeCampaign(true, 3);

        new BenchRun(campaign.desktops(4), "fake", 0, 1, "more").run(out);

        assertThat(campaign.redeliveredBeforeTheRejectAnswered()).as("the case this test is about happened")
                .isPositive();
        assertThat(output.toString()).contains("invariants held");
    }

    /**
     * One campaign of endless chains. A correct one holds a chain for one agent until it is rejected (then it is
     * the next to be pulled) or finished; a broken one hands chain 1 to every agent. A reject gives the chain back
     * at once and answers {@code rejectAnswerMillis} later, as a reply travelling back over a network would.
     */
    private static final class FakeCampaign {
        private final boolean correct;
        private final long rejectAnswerMillis;
        private final Deque<ChainId> rejected = new ArrayDeque<>();
        private final Map<InteractionId, ChainId> interactions = new HashMap<>();
        private final Map<ChainId, Boolean> rejectAnswering = new HashMap<>();
        private final AtomicLong redeliveries = new AtomicLong();
        private long nextChain = 1;
        private long nextInteraction = 1;

        FakeCampaign(boolean correct, long rejectAnswerMillis) {
            this.correct = correct;
            this.rejectAnswerMillis = rejectAnswerMillis;
        }

        List<AgentDesktop> desktops(int agents) {
            return IntStream.rangeClosed(1, agents).mapToObj(i -> (AgentDesktop) new Desktop(AgentId.of("agent-" + i)))
                    .toList();
        }

        long redeliveredBeforeTheRejectAnswered() {
            return redeliveries.get();
        }

        private synchronized DesktopInteraction pull() {
            ChainId chain;
            if (!correct) {
                chain = ChainId.of(1);
            } else if (rejected.isEmpty()) {
                chain = ChainId.of(nextChain++);
            } else {
                chain = rejected.poll();
                if (rejectAnswering.getOrDefault(chain, false)) {
                    redeliveries.incrementAndGet();
                }
            }
            return interaction(chain);
        }

        private synchronized DesktopInteraction interaction(ChainId chain) {
            InteractionId id = InteractionId.of(Long.toString(nextInteraction++));
            interactions.put(id, chain);
            return new DesktopInteraction(id, chain, RecordHandle.of(chain.value()), LocalDateTime.of(2031, 5, 27,
                    10, 0));
        }

        private void reject(InteractionId preview) {
            ChainId chain;
            synchronized (this) {
                chain = interactions.get(preview);
                rejected.addFirst(chain);
                rejectAnswering.put(chain, true);
            }
            try {
                Thread.sleep(rejectAnswerMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                rejectAnswering.put(chain, false);
            }
        }

        private synchronized DesktopInteraction call(InteractionId preview) {
            return interaction(interactions.get(preview));
        }

        /** A desktop whose wrap-up requests are accepted and change nothing the bench checks. */
        private final class Desktop implements AgentDesktop {
            private final AgentId agent;

            Desktop(AgentId agent) {
                this.agent = agent;
            }

            @Override
            public AgentId agent() {
                return agent;
            }

            @Override
            public DesktopInteraction getPreviewRecord(String campaignName) {
                return pull();
            }

            @Override
            public DesktopInteraction callPreviewRecord(InteractionId preview, RecordHandle record) {
                return call(preview);
            }

            @Override
            public void rejectPreviewRecord(InteractionId preview) {
                reject(preview);
            }

            @Override
            public void cancelPreviewRecord(InteractionId preview) {}

            @Override
            public void setCallResult(InteractionId call, String callResult) {}

            @Override
            public void setDoNotCall(InteractionId call) {}

            @Override
            public void rescheduleRecord(InteractionId call, RecordHandle record, String rescheduleDate,
                                         String callbackType) {}

            @Override
            public void hangUp(InteractionId call) {}

            @Override
            public void markDone(InteractionId interaction) {}
        }
    }
}
