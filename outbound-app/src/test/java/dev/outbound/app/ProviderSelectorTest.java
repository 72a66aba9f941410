package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.SpiVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderSelectorTest {
    private final List<String> journal = new ArrayList<>();

    @Test
    void selectsTheNamedBackendAndEndpointsInOrderWithTheirSettings() {
        FakeBackendProvider mock = FakeBackendProvider.withSettings("mock",
                SettingSpec.integer("size", "records", 10, 0, 100));
        FakeEndpointProvider service = new FakeEndpointProvider("service", SpiVersion.CURRENT,
                List.of(SettingSpec.integer("port", "port", 8080, 0, 65535)), journal);
        FakeEndpointProvider admin = new FakeEndpointProvider("admin", journal);
        Configuration configuration = Configurations.of(
                "outbound.endpoints", "service,admin",
                "outbound.backend.mock.size", "3",
                "outbound.endpoint.service.port", "0");

        Selection selection = select(configuration, List.of(new FakeBackendProvider("other"), mock),
                List.of(admin, service));

        assertThat(selection.backend().provider()).isSameAs(mock);
        assertThat(selection.backend().settings().integer("size")).isEqualTo(3);
        assertThat(selection.endpoints().inOrder()).extracting(SelectedEndpoint::name)
                .containsExactly("service", "admin");
        assertThat(selection.endpoints().inOrder().get(0).settings().integer("port")).isZero();
    }

    @Test
    void defaultsFillSettingsNobodyGave() {
        Selection selection = select(Configurations.of("outbound.endpoints", ""),
                List.of(FakeBackendProvider.withSettings("mock", SettingSpec.integer("size", "records", 10, 0, 100))),
                List.of());

        assertThat(selection.backend().settings().integer("size")).isEqualTo(10);
        assertThat(selection.endpoints().inOrder()).isEmpty();
    }

    @Test
    void noBackendProviderAtAll() {
        assertThatThrownBy(() -> select(Configuration.empty(), List.of(), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown backend provider \"mock\" (outbound.backend from the built-in "
                        + "default); known: none.")
                .hasMessageContaining("No backend provider is installed at all: ServiceLoader found no "
                        + "dev.outbound.port.spi.BackendProvider on the class path");
    }

    @Test
    void unknownBackendListsTheKnownNames() {
        assertThatThrownBy(() -> select(Configurations.of("outbound.backend", "mokc"),
                List.of(new FakeBackendProvider("mock"), new FakeBackendProvider("http")), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown backend provider \"mokc\" (outbound.backend from the test); "
                        + "known: http, mock.")
                .hasMessageContaining("Set outbound.backend to a known name");
    }

    @Test
    void twoBackendProvidersWithOneNameAreBothNamed() {
        BackendProvider first = new FakeBackendProvider("mock");
        BackendProvider second = new ListedBackendProvider() {
            @Override
            public String name() {
                return "mock";
            }
        };

        assertThatThrownBy(() -> select(Configuration.empty(), List.of(first, second), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("2 backend providers are named \"mock\": " + first.getClass().getName()
                        + " and " + second.getClass().getName())
                .hasMessageContaining("remove all but one");
    }

    @Test
    void aBackendOfAnotherSpiVersionNamesBothVersions() {
        FakeBackendProvider old = new FakeBackendProvider("mock", SpiVersion.CURRENT + 1, List.of(), null);

        assertThatThrownBy(() -> select(Configuration.empty(), List.of(old), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The backend provider \"mock\" (" + FakeBackendProvider.class.getName()
                        + ") was built for SPI version " + (SpiVersion.CURRENT + 1)
                        + ", but this application implements SPI version " + SpiVersion.CURRENT);
    }

    @Test
    void anUnknownBackendSettingIsNamedWithTheKnownOnesAndItsOrigin() {
        FakeBackendProvider mock = FakeBackendProvider.withSettings("mock",
                SettingSpec.integer("size", "records", 10, 0, 100));

        assertThatThrownBy(() -> select(Configurations.of("outbound.backend.mock.sise", "3"), List.of(mock),
                List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The settings of backend provider \"mock\" cannot be used: unknown setting "
                        + "outbound.backend.mock.sise; known: outbound.backend.mock.size")
                .hasMessageContaining("Given: outbound.backend.mock.sise from the test");
    }

    @Test
    void anInvalidBackendSettingNamesTheAllowedValues() {
        FakeBackendProvider mock = FakeBackendProvider.withSettings("mock",
                SettingSpec.integer("size", "records", 10, 0, 100));

        assertThatThrownBy(() -> select(Configurations.of("outbound.backend.mock.size", "-1"), List.of(mock),
                List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("outbound.backend.mock.size=\"-1\" is invalid: expected a whole number from 0 "
                        + "to 100");
    }

    @Test
    void aMissingRequiredBackendSettingIsNamed() {
        FakeBackendProvider http = FakeBackendProvider.withSettings("http",
                SettingSpec.text("url", "where the server is", null));

        assertThatThrownBy(() -> select(Configurations.of("outbound.backend", "http"), List.of(http), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("missing setting outbound.backend.http.url (where the server is; any text)")
                .hasMessageContaining("Given: nothing");
    }

    @Test
    void noEndpointProviderAtAll() {
        assertThatThrownBy(() -> select(Configuration.empty(), List.of(new FakeBackendProvider("mock")), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown endpoint provider \"service\" (outbound.endpoints from the built-in "
                        + "default); known: none.")
                .hasMessageContaining("No endpoint provider is installed at all: ServiceLoader found no "
                        + "dev.outbound.port.spi.EndpointProvider on the class path");
    }

    @Test
    void unknownEndpointListsTheKnownNames() {
        assertThatThrownBy(() -> select(Configurations.of("outbound.endpoints", "service,admn"),
                List.of(new FakeBackendProvider("mock")),
                List.of(new FakeEndpointProvider("service", journal), new FakeEndpointProvider("admin", journal))))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Unknown endpoint provider \"admn\" (outbound.endpoints from the test); "
                        + "known: admin, service.");
    }

    @Test
    void twoEndpointProvidersWithOneNameAreBothNamed() {
        EndpointProvider first = new FakeEndpointProvider("service", journal);
        EndpointProvider second = new FakeEndpointProvider("service", journal) { };

        assertThatThrownBy(() -> select(Configuration.empty(), List.of(new FakeBackendProvider("mock")),
                List.of(first, second)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("2 endpoint providers are named \"service\": " + first.getClass().getName()
                        + " and " + second.getClass().getName());
    }

    @Test
    void anEndpointOfAnotherSpiVersionNamesBothVersions() {
        FakeEndpointProvider old = new FakeEndpointProvider("service", 0, List.of(), journal);

        assertThatThrownBy(() -> select(Configuration.empty(), List.of(new FakeBackendProvider("mock")),
                List.of(old)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The endpoint provider \"service\" (" + FakeEndpointProvider.class.getName()
                        + ") was built for SPI version 0, but this application implements SPI version "
                        + SpiVersion.CURRENT);
    }

    @Test
    void anInvalidEndpointSettingNamesTheKeyAndTheAllowedValues() {
        FakeEndpointProvider service = new FakeEndpointProvider("service", SpiVersion.CURRENT,
                List.of(SettingSpec.integer("port", "port", 8080, 0, 65535)), journal);

        assertThatThrownBy(() -> select(Configurations.of("outbound.endpoint.service.port", "http",
                        "outbound.endpoint.service.host", "x"),
                List.of(new FakeBackendProvider("mock")), List.of(service)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The settings of endpoint provider \"service\" cannot be used: ")
                .hasMessageContaining("unknown setting outbound.endpoint.service.host; known: "
                        + "outbound.endpoint.service.port")
                .hasMessageContaining("outbound.endpoint.service.port=\"http\" is invalid: expected a whole number "
                        + "from 0 to 65535");
    }

    @Test
    void settingsOfABackendThatIsNotInstalledAreRefused() {
        assertThatThrownBy(() -> select(Configurations.of("outbound.endpoints", "", "outbound.backend.mokc.size", "3"),
                List.of(new FakeBackendProvider("mock"), new FakeBackendProvider("http")), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The configuration key outbound.backend.mokc.size (from the test) is a setting "
                        + "of backend provider \"mokc\", which is not installed; known: http, mock.");
    }

    @Test
    void settingsOfAnEndpointThatIsNotInstalledAreRefused() {
        assertThatThrownBy(() -> select(Configurations.of("outbound.endpoints", "",
                        "outbound.endpoint.service.port", "0"),
                List.of(new FakeBackendProvider("mock")), List.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The configuration key outbound.endpoint.service.port (from the test) is a "
                        + "setting of endpoint provider \"service\", which is not installed; known: none.");
    }

    @Test
    void settingsOfAnInstalledProviderThatIsNotSelectedAreNotChecked() {
        FakeBackendProvider http = FakeBackendProvider.withSettings("http", SettingSpec.text("url", "server", null));

        Selection selection = select(Configurations.of("outbound.endpoints", "",
                "outbound.backend.http.anything", "x"), List.of(new FakeBackendProvider("mock"), http), List.of());

        assertThat(selection.backend().name()).isEqualTo("mock");
    }

    private static Selection select(Configuration configuration, List<BackendProvider> backends,
                                    List<EndpointProvider> endpoints) {
        return ProviderSelector.select(AppSettings.read(configuration), configuration,
                InstalledProviders.of(backends, endpoints));
    }
}
