package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.SettingSpec;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    @Test
    void keepsEveryProviderInTheOrderFoundAndNamesThemSorted() {
        ProviderRegistry<BackendProvider> registry = ProviderRegistry.backends(List.of(
                new FakeBackendProvider("mock"), new FakeBackendProvider("http"), new FakeBackendProvider("mock")));

        assertThat(registry.all()).extracting(DiscoveredProvider::name).containsExactly("mock", "http", "mock");
        assertThat(registry.names()).containsExactly("http", "mock");
    }

    @Test
    void aProviderThatCannotBeLoadedIsAStartupError() {
        Iterable<BackendProvider> broken = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BackendProvider next() {
                throw new ServiceConfigurationError("dev.outbound.port.spi.BackendProvider: Provider "
                        + "com.example.Gone not found");
            }
        };

        assertThatThrownBy(() -> ProviderRegistry.backends(broken))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("A backend provider could not be loaded: dev.outbound.port.spi.BackendProvider: "
                        + "Provider com.example.Gone not found")
                .hasMessageContaining("META-INF/services/dev.outbound.port.spi.BackendProvider")
                .hasCauseInstanceOf(ServiceConfigurationError.class);
    }

    @Test
    void aProviderFailingToDescribeItselfIsNamedWithItsMessage() {
        FakeBackendProvider broken = new FakeBackendProvider("broken") {
            @Override
            public List<SettingSpec> settings() {
                throw new IllegalStateException("settings table is corrupt");
            }
        };

        assertThatThrownBy(() -> ProviderRegistry.backends(List.of(broken)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The backend provider " + broken.getClass().getName()
                        + " failed while describing itself: settings table is corrupt")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aProviderWithoutANameIsRefused() {
        FakeBackendProvider nameless = new FakeBackendProvider(" ");

        assertThatThrownBy(() -> ProviderRegistry.backends(List.of(nameless)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("The backend provider " + FakeBackendProvider.class.getName()
                        + " reports no name, so configuration cannot use it");
    }

    @Test
    void aProviderWithoutASettingsListIsRefused() {
        FakeBackendProvider noList = new FakeBackendProvider("mock", 1, null, null);

        assertThatThrownBy(() -> ProviderRegistry.backends(List.of(noList)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("reports no list of settings");
    }
}
