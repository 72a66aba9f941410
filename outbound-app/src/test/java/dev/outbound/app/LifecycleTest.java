package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.outbound.application.OutboundApplication;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final List<String> journal = new ArrayList<>();
    private final OutboundBackend backend = mock(OutboundBackend.class);
    private final OutboundApplication application = mock(OutboundApplication.class);
    private final FakeEndpointProvider service = new FakeEndpointProvider("service", journal);

    @Test
    void aFailureWhileClosingTheApplicationStillClosesTheBackend() {
        doThrow(new IllegalStateException("listener stuck")).when(application).close();
        Lifecycle lifecycle = lifecycle();
        lifecycle.start();

        lifecycle.stop();

        assertThat(journal).containsExactly("start service", "close service");
        verify(backend).close();
    }

    @Test
    void startsOnlyOnce() {
        Lifecycle lifecycle = lifecycle();
        lifecycle.start();

        assertThatThrownBy(lifecycle::start).isInstanceOf(IllegalStateException.class);
        assertThat(journal).containsExactly("start service");
    }

    private Lifecycle lifecycle() {
        SelectedBackend selectedBackend = new SelectedBackend("fake", new FakeBackendProvider("fake"),
                Settings.defaults("outbound.backend.fake.", List.of()));
        EndpointContext context = new EndpointContext(mock(UseCases.class), backend, TestClock.FIXED);
        SelectedEndpoints endpoints = new SelectedEndpoints(List.of(new SelectedEndpoint("service", service,
                Settings.defaults("outbound.endpoint.service.", List.of()))));
        return new Lifecycle(selectedBackend, backend, application, context, endpoints);
    }
}
