package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery through the real {@link java.util.ServiceLoader}, with the services file in a class loader of the
 * test's own, so the test providers are never visible to other tests.
 */
class InstalledProvidersTest {
    @TempDir
    Path directory;

    @Test
    void findsTheProvidersListedInMetaInfServices() throws IOException {
        try (URLClassLoader loader = loaderListing(ListedBackendProvider.class.getName())) {
            InstalledProviders installed = InstalledProviders.discover(loader);

            assertThat(installed.backends().all())
                    .filteredOn(provider -> provider.name().equals("listed"))
                    .singleElement()
                    .satisfies(provider -> assertThat(provider.className())
                            .isEqualTo(ListedBackendProvider.class.getName()));
        }
    }

    @Test
    void aListedClassThatDoesNotExistIsAStartupError() throws IOException {
        try (URLClassLoader loader = loaderListing("com.example.NoSuchProvider")) {
            assertThatThrownBy(() -> InstalledProviders.discover(loader))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("A backend provider could not be loaded")
                    .hasMessageContaining("com.example.NoSuchProvider");
        }
    }

    private URLClassLoader loaderListing(String providerClass) throws IOException {
        Path services = directory.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.outbound.port.spi.BackendProvider"), providerClass + "\n");
        return new URLClassLoader(new URL[] {directory.toUri().toURL()}, getClass().getClassLoader());
    }
}
