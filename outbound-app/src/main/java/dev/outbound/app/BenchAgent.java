package dev.outbound.app;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.schedule.Rescheduling;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.in.RescheduleRecordUseCase;
import dev.outbound.port.in.SetCallResultUseCase;
import dev.outbound.port.in.UseCases;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One simulated agent of the bench: full record cycles until the deadline, as a desktop would send them. Pull a
 * record; reject 10 % of them; otherwise dial, hang up, and wrap up with a call result (80 %), Do Not Call (5 %) or
 * a campaign callback tomorrow on the customer's clock (5 %), then mark done. A cycle once started is finished
 * before the agent stops, so that no record is left held.
 */
final class BenchAgent implements Runnable {
    private final AgentId agent;
    private final UseCases useCases;
    private final String campaign;
    private final long deadlineNanos;
    private final Clock clock;
    private final BenchLatencies latencies;
    private final BenchInvariants invariants;
    private final LongAdder cycles;
    private final AtomicLong lastCycleEnd;
    private final SplittableRandom random;

    BenchAgent(AgentId agent, UseCases useCases, String campaign, long deadlineNanos, Clock clock,
               BenchLatencies latencies, BenchInvariants invariants, LongAdder cycles, AtomicLong lastCycleEnd,
               long seed) {
        this.agent = agent;
        this.useCases = useCases;
        this.campaign = campaign;
        this.deadlineNanos = deadlineNanos;
        this.clock = clock;
        this.latencies = latencies;
        this.invariants = invariants;
        this.cycles = cycles;
        this.lastCycleEnd = lastCycleEnd;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos) {
            Optional<OutboundInteraction> preview = call("getPreviewRecord", () -> useCases.getPreviewRecord()
                    .getPreviewRecord(new GetPreviewRecordUseCase.Command(agent, campaign)));
            if (preview.isEmpty()) {
                pause();
                continue;
            }
            invariants.delivered(agent, preview.get().chain().id());
            work(preview.get());
            cycles.increment();
            lastCycleEnd.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    private void work(OutboundInteraction preview) {
        int roll = random.nextInt(100);
        PreviewRef previewRef = new PreviewRef(agent, Optional.of(preview.id()));
        if (roll < 10) {
            if (call("rejectPreviewRecord", () -> run(() -> useCases.rejectPreviewRecord()
                    .rejectPreviewRecord(previewRef))).isPresent()) {
                invariants.released(agent, preview.chain().id());
            }
            return;
        }
        Optional<OutboundInteraction> dialed = call("callPreviewRecord", () -> useCases.callPreviewRecord()
                .callPreviewRecord(new CallPreviewRecordUseCase.Command(new InteractionRef(agent, preview.id()),
                        preview.currentHandle())));
        if (dialed.isEmpty()) {
            // Not dialable now (Do Not Call, outside its window): take it out of the campaign.
            call("cancelPreviewRecord", () -> run(() -> useCases.cancelPreviewRecord().cancelPreviewRecord(previewRef)));
            invariants.finished(agent, preview.chain().id());
            return;
        }
        InteractionRef callRef = new InteractionRef(agent, dialed.get().id());
        call("voice.hangUp", () -> run(() -> useCases.hangUp().hangUp(callRef)));
        if (roll < 15) {
            call("setDoNotCall", () -> run(() -> useCases.doNotCall().setDoNotCall(callRef)));
        } else if (roll < 20) {
            String tomorrow = OcsFormats.formatDateTime(Rescheduling.localTimeAt(
                    dialed.get().currentRecord().timeZone(), clock.instant()).plusDays(1));
            call("rescheduleRecord", () -> run(() -> useCases.rescheduleRecord().rescheduleRecord(
                    new RescheduleRecordUseCase.Command(callRef, dialed.get().currentHandle(), tomorrow, "CAMPAIGN"))));
        } else {
            call("setCallResult", () -> run(() -> useCases.setCallResult()
                    .setCallResult(new SetCallResultUseCase.Command(callRef, "33"))));
        }
        if (call("interaction.markdone", () -> run(() -> useCases.markDone().markDone(callRef))).isPresent()) {
            invariants.finished(agent, preview.chain().id());
        }
    }

    /** Times one request; a refusal is counted under its code and answers empty. */
    private <T> Optional<T> call(String request, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            latencies.record(request, System.nanoTime() - start);
            return Optional.of(result);
        } catch (OutboundException refused) {
            latencies.record(request, System.nanoTime() - start);
            latencies.refused(request, refused.code().name());
            return Optional.empty();
        }
    }

    private static Boolean run(Runnable request) {
        request.run();
        return Boolean.TRUE;
    }

    /** Nothing to pull right now (the list is empty or every record is held): wait a little. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
