package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.outbound.application.OutboundApplication;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The Guice wiring in {@code Stage.PRODUCTION}, with fake providers, from configuration to shutdown. */
class WiringTest {
    private final Clock clock = TestClock.FIXED;
    private final List<String> journal = new ArrayList<>();
    private final FakeBackendProvider backendProvider = FakeBackendProvider.withSettings("fake",
            SettingSpec.integer("size", "records", 10, 0, 100));
    private final FakeEndpointProvider first = new FakeEndpointProvider("first", journal);
    private final FakeEndpointProvider second = new FakeEndpointProvider("second", journal);

    @Test
    void theInjectorBuildsInProductionStageAndHandsOutTheUseCases() {
        Configuration configuration = Configurations.of("outbound.backend", "fake", "outbound.endpoints", "",
                "outbound.call-result-values", "ANSWER,BUSY", "outbound.do-not-call.scope", "RecordOnly");
        AppSettings settings = AppSettings.read(configuration);
        Selection selection = ProviderSelector.select(settings, configuration,
                InstalledProviders.of(List.of(backendProvider), List.of()));

        Injector injector = Wiring.injector(configuration, settings, selection, clock);

        assertThat(injector.getInstance(Stage.class)).isEqualTo(Stage.PRODUCTION);
        UseCases useCases = injector.getInstance(UseCases.class);
        assertThat(useCases).isSameAs(injector.getInstance(OutboundApplication.class).useCases());
        assertThat(useCases.getListOfCallResults().getListOfCallResults().results())
                .containsExactly(CallResult.ANSWER, CallResult.BUSY);
        assertThat(injector.getInstance(OutboundBackend.class)).isSameAs(backendProvider.backend);
        assertThat(injector.getInstance(Clock.class)).isSameAs(clock);
        assertThat(injector.getInstance(AppSettings.class).doNotCallScope()).isEqualTo(ChainScope.RECORD_ONLY);
        assertThat(backendProvider.createdWith).hasSize(1);
        assertThat(backendProvider.clocks).containsExactly(clock);
    }

    @Test
    void startsEndpointsInOrderAndStopsThemInReverseThenTheApplicationThenTheBackendOnce() {
        Lifecycle lifecycle = launch(Configurations.of("outbound.backend", "fake",
                "outbound.endpoints", "first,second", "outbound.backend.fake.size", "3"));

        assertThat(journal).containsExactly("start first", "start second");
        assertThat(lifecycle.running()).extracting(RunningEndpoint::address)
                .containsExactly("fake://first", "fake://second");
        assertThat(backendProvider.createdWith.get(0).integer("size")).isEqualTo(3);
        EndpointContext context = first.contexts.get(0);
        assertThat(context.backend()).isSameAs(backendProvider.backend);
        assertThat(context.clock()).isSameAs(clock);
        assertThat(second.contexts.get(0)).isSameAs(context);

        lifecycle.stop();
        lifecycle.stop();

        assertThat(journal).containsExactly("start first", "start second", "close second", "close first");
        assertThat(lifecycle.running()).isEmpty();
        InOrder order = inOrder(backendProvider.registration, backendProvider.backend);
        order.verify(backendProvider.registration).close();
        order.verify(backendProvider.backend).close();
        verify(backendProvider.backend, times(1)).close();
    }

    @Test
    void aFailureWhileClosingOnePartDoesNotKeepTheOthersOpen() {
        second.failingToClose(new IllegalStateException("socket stuck"));
        Lifecycle lifecycle = launch(Configurations.of("outbound.backend", "fake",
                "outbound.endpoints", "first,second"));

        lifecycle.stop();

        assertThat(journal).containsExactly("start first", "start second", "close second", "close first");
        verify(backendProvider.registration).close();
        verify(backendProvider.backend).close();
    }

    @Test
    void aBackendThatFailsToBeCreatedFailsStartUpWithItsMessage() {
        FakeBackendProvider failing = FakeBackendProvider.failing("fake",
                new IllegalStateException("data file /x.json is not JSON"));

        assertThatThrownBy(() -> new Launcher(() -> InstalledProviders.of(List.of(failing), List.of()), clock)
                .start(Configurations.of("outbound.backend", "fake", "outbound.endpoints", "")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The backend provider \"fake\" could not create the backend: data file /x.json "
                        + "is not JSON")
                .hasMessageContaining("outbound.backend.fake.*")
                .hasRootCauseMessage("data file /x.json is not JSON");
    }

    @Test
    void anEndpointThatFailsToStartFailsStartUpWithItsMessageAndStopsWhatHadStarted() {
        second.failingToStart(new IllegalStateException("port 8080 is in use"));

        assertThatThrownBy(() -> launch(Configurations.of("outbound.backend", "fake",
                "outbound.endpoints", "first,second")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The endpoint provider \"second\" could not start: port 8080 is in use")
                .hasMessageContaining("outbound.endpoint.second.*")
                .hasCauseInstanceOf(IllegalStateException.class);

        assertThat(journal).containsExactly("start first", "close first");
        verify(backendProvider.registration).close();
        verify(backendProvider.backend).close();
    }

    @Test
    void aProviderAnsweringNullIsAStartupError() {
        BackendProvider answersNull = new FakeBackendProvider("fake") {
            @Override
            public OutboundBackend create(dev.outbound.port.spi.Settings given, Clock clock) {
                return null;
            }
        };

        assertThatThrownBy(() -> new Launcher(() -> InstalledProviders.of(List.of(answersNull), List.of()), clock)
                .start(Configurations.of("outbound.backend", "fake", "outbound.endpoints", "")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The backend provider \"fake\" (" + answersNull.getClass().getName()
                        + ") created no backend (it answered null)");
    }

    @Test
    void anEndpointAnsweringNullIsAStartupError() {
        EndpointProvider answersNull = new FakeEndpointProvider("first", journal) {
            @Override
            public dev.outbound.port.spi.Endpoint start(dev.outbound.port.spi.Settings given,
                                                        EndpointContext context) {
                return null;
            }
        };

        assertThatThrownBy(() -> new Launcher(() -> InstalledProviders.of(List.of(backendProvider),
                List.of(answersNull)), clock)
                .start(Configurations.of("outbound.backend", "fake", "outbound.endpoints", "first")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The endpoint provider \"first\" (" + answersNull.getClass().getName()
                        + ") started no endpoint (it answered null)");
        verify(backendProvider.backend).close();
    }

    @Test
    void nothingIsCreatedWhenSelectionFails() {
        assertThatThrownBy(() -> launch(Configurations.of("outbound.backend", "fake",
                "outbound.endpoints", "first,third")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown endpoint provider \"third\"");

        assertThat(backendProvider.createdWith).isEmpty();
        assertThat(journal).isEmpty();
    }

    private Lifecycle launch(Configuration configuration) {
        return new Launcher(() -> InstalledProviders.of(List.of(backendProvider), List.of(first, second)), clock)
                .start(configuration);
    }
}
