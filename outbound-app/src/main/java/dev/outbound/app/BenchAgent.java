package dev.outbound.app;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.DesktopInteraction;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One simulated agent of the bench: full record cycles until the deadline, as a desktop would send them. Pull a
 * record; reject 10 % of them; otherwise dial, hang up, and wrap up with a call result (80 %), Do Not Call (5 %) or
 * a campaign callback tomorrow on the customer's clock (5 %), then mark done. A cycle once started is finished
 * before the agent stops, so that no record is left held. The desktop decides where the requests go: into the
 * use cases of this process, or over HTTP.
 */
final class BenchAgent implements Runnable {
    private final AgentDesktop desktop;
    private final String campaign;
    private final BenchWindow window;
    private final BenchLatencies latencies;
    private final BenchInvariants invariants;
    private final LongAdder cycles;
    private final AtomicLong lastCycleEnd;
    private final SplittableRandom random;

    BenchAgent(AgentDesktop desktop, String campaign, BenchWindow window, BenchLatencies latencies,
               BenchInvariants invariants, LongAdder cycles, AtomicLong lastCycleEnd, long seed) {
        this.desktop = desktop;
        this.campaign = campaign;
        this.window = window;
        this.latencies = latencies;
        this.invariants = invariants;
        this.cycles = cycles;
        this.lastCycleEnd = lastCycleEnd;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        while (window.open(System.nanoTime())) {
            Optional<DesktopInteraction> preview = call("getPreviewRecord",
                    () -> desktop.getPreviewRecord(campaign));
            if (preview.isEmpty()) {
                pause();
                continue;
            }
            invariants.delivered(desktop.agent(), preview.get().chain());
            work(preview.get());
            long end = System.nanoTime();
            if (window.measures(end)) {
                cycles.increment();
            }
            lastCycleEnd.accumulateAndGet(end, Math::max);
        }
    }

    private void work(DesktopInteraction preview) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            // Once the backend has applied the reject, another agent may pull the chain before this answer is
            // back here: let go of it first, and take it back if the reject is refused.
            invariants.released(desktop.agent(), preview.chain());
            if (call("rejectPreviewRecord", () -> run(() -> desktop.rejectPreviewRecord(preview.id()))).isEmpty()) {
                invariants.delivered(desktop.agent(), preview.chain());
            }
            return;
        }
        Optional<DesktopInteraction> dialed = call("callPreviewRecord",
                () -> desktop.callPreviewRecord(preview.id(), preview.record()));
        if (dialed.isEmpty()) {
            // Not dialable now (Do Not Call, outside its window): take it out of the campaign.
            if (call("cancelPreviewRecord", () -> run(() -> desktop.cancelPreviewRecord(preview.id())))
                    .isPresent()) {
                invariants.finished(desktop.agent(), preview.chain());
            }
            return;
        }
        DesktopInteraction callNow = dialed.get();
        call("voice.hangUp", () -> run(() -> desktop.hangUp(callNow.id())));
        if (roll < 15) {
            call("setDoNotCall", () -> run(() -> desktop.setDoNotCall(callNow.id())));
        } else if (roll < 20) {
            String tomorrow = OcsFormats.formatDateTime(callNow.customerTime().plusDays(1));
            call("rescheduleRecord", () -> run(() -> desktop.rescheduleRecord(callNow.id(), callNow.record(),
                    tomorrow, "CAMPAIGN")));
        } else {
            call("setCallResult", () -> run(() -> desktop.setCallResult(callNow.id(), "33")));
        }
        if (call("interaction.markdone", () -> run(() -> desktop.markDone(callNow.id()))).isPresent()) {
            invariants.finished(desktop.agent(), preview.chain());
        }
    }

    /** Times one request (after the warm-up); a refusal is counted under its code and answers empty. */
    private <T> Optional<T> call(String request, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            if (window.measures(start)) {
                latencies.record(request, System.nanoTime() - start);
            }
            return Optional.of(result);
        } catch (OutboundException refused) {
            if (window.measures(start)) {
                latencies.record(request, System.nanoTime() - start);
                latencies.refused(request, refused.code().name());
            }
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
