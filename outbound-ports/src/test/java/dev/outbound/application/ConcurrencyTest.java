package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.OTHER_AGENT;
import static dev.outbound.application.ApplicationFixture.call;
import static dev.outbound.application.ApplicationFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * One agent's requests never interleave (a double click must not dial twice), and agents never wait for each
 * other. The only tests here that use threads; they wait on latches, never on the clock.
 */
class ConcurrencyTest {
    private final ApplicationFixture fixture = new ApplicationFixture();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @RepeatedTest(20)
    void aDoubleClickOnCallDialsOnce() throws Exception {
        OutboundInteraction preview = fixture.givenPreview();
        CountDownLatch go = new CountDownLatch(1);
        Callable<OutboundInteraction> dial = () -> {
            go.await();
            return fixture.useCases.callPreviewRecord().callPreviewRecord(call(ref(preview), DELIVERED));
        };
        List<Future<OutboundInteraction>> clicks = List.of(threads.submit(dial), threads.submit(dial));

        go.countDown();

        List<OutboundInteraction> calls = new ArrayList<>();
        List<ErrorCode> refusals = new ArrayList<>();
        for (Future<OutboundInteraction> click : clicks) {
            try {
                calls.add(click.get(5, TimeUnit.SECONDS));
            } catch (ExecutionException refused) {
                refusals.add(((OutboundException) refused.getCause()).code());
            }
        }
        assertThat(calls).hasSize(1);
        assertThat(refusals).containsExactly(ErrorCode.INTERACTION_NOT_FOUND);
        verify(fixture.backend, times(1)).placeCall(any(), any(), any(), any());
        assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(calls.get(0));
    }

    @Test
    void anAgentWhoseDialIsSlowDoesNotHoldUpAnotherAgent() throws Exception {
        OutboundInteraction slowPreview = fixture.givenPreview(AGENT);
        OutboundInteraction otherPreview = fixture.givenPreview(OTHER_AGENT);
        CountDownLatch dialing = new CountDownLatch(1);
        CountDownLatch switchAnswers = new CountDownLatch(1);
        doAnswer(invocation -> {
            dialing.countDown();
            switchAnswers.await(5, TimeUnit.SECONDS);
            return null;
        }).when(fixture.backend).placeCall(eq(AGENT), any(), any(), any());
        Future<OutboundInteraction> slowDial = threads.submit(() ->
                fixture.useCases.callPreviewRecord().callPreviewRecord(call(ref(slowPreview), DELIVERED)));
        assertThat(dialing.await(5, TimeUnit.SECONDS)).isTrue();

        OutboundInteraction otherCall = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                fixture.useCases.callPreviewRecord().callPreviewRecord(call(ref(otherPreview), DELIVERED)));

        assertThat(otherCall.state()).isEqualTo(InteractionState.DIALING);
        assertThat(slowDial.isDone()).isFalse();
        switchAnswers.countDown();
        assertThat(slowDial.get(5, TimeUnit.SECONDS).state()).isEqualTo(InteractionState.DIALING);
    }
}
