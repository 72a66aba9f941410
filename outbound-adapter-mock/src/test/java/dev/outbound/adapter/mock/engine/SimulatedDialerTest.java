package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated dialer on its own, with timers the test controls, so that the order of "dial", "the delay is over"
 * and "release" is chosen by the test rather than by thread scheduling.
 *
 * <p>To know that the listeners heard everything published so far, a test publishes a marker event last and waits
 * for it: the broadcaster tells listeners in publishing order.
 */
class SimulatedDialerTest {
    private static final InteractionId CALL = InteractionId.of("call-1");
    private static final String MARKER = "marker";

    private final Broadcaster broadcaster = new Broadcaster();
    private final RecordingListener listener = new RecordingListener();
    private final AtomicInteger markers = new AtomicInteger();

    SimulatedDialerTest() {
        broadcaster.subscribe(listener);
    }

    private final List<ScheduledThreadPoolExecutor> timers = new ArrayList<>();

    @AfterEach
    void close() {
        timers.forEach(ScheduledThreadPoolExecutor::shutdownNow);
        broadcaster.close();
    }

    private <T extends ScheduledThreadPoolExecutor> T timer(T timer) {
        timers.add(timer);
        return timer;
    }

    /** Everything the listener heard, once everything published so far has been heard; markers left out. */
    private List<Heard> heardUpToMarker() {
        InteractionId marker = InteractionId.of(MARKER + "-" + markers.incrementAndGet());
        broadcaster.publish(l -> l.callEnded(AGENT_A, marker, CallResult.OK));
        listener.await(Heard.Ended.class, e -> e.callId().equals(marker), 1, EVENT_TIMEOUT);
        return listener.heard().stream()
                .filter(h -> !(h instanceof Heard.Ended ended && ended.callId().value().startsWith(MARKER)))
                .toList();
    }

    /** A timer that keeps scheduled tasks until the test runs them. */
    private static final class ManualTimer extends ScheduledThreadPoolExecutor {
        private final List<Runnable> tasks = new ArrayList<>();

        ManualTimer() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            tasks.add(command);
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }

        /** The delay is over for every call placed so far. */
        void runAll() {
            tasks.forEach(Runnable::run);
            tasks.clear();
        }
    }

    /** A timer whose thread runs a task with no delay at once: before {@code schedule} has even returned. */
    private static final class EagerTimer extends ScheduledThreadPoolExecutor {
        EagerTimer() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            command.run();
            return super.schedule(() -> { }, 0, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void theOutcomeIsReportedWhenTheDelayIsOver() {
        ManualTimer timer = timer(new ManualTimer());
        SimulatedDialer dialer = new SimulatedDialer(timer, broadcaster, Duration.ofSeconds(2));

        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        dialer.dial(AGENT_A, CALL, "+15550000108", () -> failed.set(true));
        assertThat(heardUpToMarker()).as("still ringing").isEmpty();
        assertThat(failed).isFalse();
        timer.runAll();

        assertThat(heardUpToMarker()).containsExactly(new Heard.Ended(AGENT_A, CALL, CallResult.NO_ANSWER));
        assertThat(failed).as("the simulator learns the call is over").isTrue();
    }

    @Test
    void aCallReleasedWhileRingingReportsNothing() {
        ManualTimer timer = timer(new ManualTimer());
        SimulatedDialer dialer = new SimulatedDialer(timer, broadcaster, Duration.ofSeconds(2));

        dialer.dial(AGENT_A, CALL, "+15550000101", () -> { });
        dialer.release(AGENT_A, CALL);
        timer.runAll();

        assertThat(heardUpToMarker()).isEmpty();
    }

    @Test
    void releasingOneAgentsCallLeavesAnotherAgentsCallWithTheSameIdRinging() {
        ManualTimer timer = timer(new ManualTimer());
        SimulatedDialer dialer = new SimulatedDialer(timer, broadcaster, Duration.ofSeconds(2));

        dialer.dial(AGENT_A, CALL, "+15550000101", () -> { });
        dialer.dial(SimulatorFixture.AGENT_B, CALL, "+15550000101", () -> { });
        dialer.release(AGENT_A, CALL);
        timer.runAll();

        assertThat(heardUpToMarker()).containsExactly(new Heard.Connected(SimulatorFixture.AGENT_B, CALL));
    }

    @Test
    void aRealTimerReportsTheOutcomeAfterAShortDelay() {
        ScheduledThreadPoolExecutor timer = timer(new ScheduledThreadPoolExecutor(1));
        SimulatedDialer dialer = new SimulatedDialer(timer, broadcaster, Duration.ofMillis(10));

        dialer.dial(AGENT_A, CALL, "+15550000101", () -> { });

        assertThat(listener.await(Heard.Connected.class, c -> true, 1, EVENT_TIMEOUT))
                .containsExactly(new Heard.Connected(AGENT_A, CALL));
    }

    /**
     * With no dial delay the timer thread may run the outcome before {@code dial} has recorded the call as ringing
     * (the eager timer makes that interleaving certain). The outcome must still be reported.
     */
    @Test
    void anOutcomeIsReportedEvenWhenTheTimerRunsItBeforeDialReturns() {
        EagerTimer timer = timer(new EagerTimer());
        SimulatedDialer dialer = new SimulatedDialer(timer, broadcaster, Duration.ZERO);

        dialer.dial(AGENT_A, CALL, "+15550000101", () -> { });

        assertThat(heardUpToMarker()).containsExactly(new Heard.Connected(AGENT_A, CALL));
    }
}
