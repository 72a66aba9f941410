package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.InteractionStore;
import dev.outbound.port.out.OutboundBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building and closing the application: OutboundApplication.builder(backend)...build(), and close(). */
class OutboundApplicationTest {
    private final OutboundBackend backend = mock(OutboundBackend.class);
    private final OutboundBackend.Registration registration = mock(OutboundBackend.Registration.class);

    OutboundApplicationTest() {
        doReturn(registration).when(backend).subscribe(any());
    }

    @Test
    void buildingListensToTheBackendOnce() {
        OutboundApplication.builder(backend).clock(CLOCK).build();

        verify(backend).subscribe(any(BackendListener.class));
    }

    @Test
    void closingStopsListeningButLeavesTheBackendToItsOwner() {
        OutboundApplication application = OutboundApplication.builder(backend).clock(CLOCK).build();

        application.close();

        verify(registration).close();
        verify(backend, never()).close();
    }

    @Test
    void aClockIsRequired() {
        assertThatThrownBy(() -> OutboundApplication.builder(backend).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock");
        verify(backend, never()).subscribe(any());
    }

    @Test
    void aBackendIsRequired() {
        assertThat(ApplicationFixture.refusalOf(() -> OutboundApplication.builder(null)).code())
                .isEqualTo(ErrorCode.INVALID_VALUE);
    }

    @Test
    void interactionsAreKeptInTheStoreGiven() {
        InteractionStore store = mock(InteractionStore.class);
        OutboundInteraction kept = new ApplicationFixture().givenPreview();
        doReturn(List.of(kept)).when(store).findAll(AGENT);

        OutboundApplication application = OutboundApplication.builder(backend).clock(CLOCK)
                .interactionStore(store).build();

        assertThat(application.useCases().interactions().getInteractions(AGENT)).containsExactly(kept);
    }
}
