package dev.outbound.adapter.http.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.client.HttpBackendProvider;
import dev.outbound.adapter.http.backend.server.BackendServerProvider;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * ServiceLoader finds the http backend provider and the backend-server endpoint provider, with the right names
 * and SPI version, and their settings refuse what cannot work: no url, no secret, a short secret, a URL that is
 * not http, an unknown key.
 */
class ProviderRegistrationTest {
    private static final String CLIENT = "outbound.backend.http.";
    private static final String SERVER = "outbound.endpoint.backend-server.";

    @Test
    void theHttpBackendProviderIsFound() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("http")).toList();

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(HttpBackendProvider.class);
        assertThat(found.get(0).spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void theBackendServerEndpointProviderIsFoundBesideTheService() {
        List<EndpointProvider> found = ServiceLoader.load(EndpointProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(found).extracting(EndpointProvider::name).contains("service", "backend-server")
                .doesNotHaveDuplicates();
        EndpointProvider server = found.stream().filter(p -> p.name().equals("backend-server")).findFirst()
                .orElseThrow();
        assertThat(server).isInstanceOf(BackendServerProvider.class);
        assertThat(server.spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void theClientNeedsAUrlAndASecret() {
        assertThatThrownBy(() -> Settings.resolve(CLIENT, new HttpBackendProvider().settings(), Map.of()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("missing setting outbound.backend.http.url")
                .hasMessageContaining("missing setting outbound.backend.http.secret");
    }

    @Test
    void theClientRefusesABadUrlAShortSecretAndUnknownKeys() {
        assertThatThrownBy(() -> Settings.resolve(CLIENT, new HttpBackendProvider().settings(), Map.of(
                "url", "ftp://somewhere", "secret", "short", "timeout", "5")))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(3))
                .hasMessageContaining("outbound.backend.http.url=\"ftp://somewhere\" is invalid")
                .hasMessageContaining("outbound.backend.http.secret=\"short\" is invalid: expected at least 8")
                .hasMessageContaining("unknown setting outbound.backend.http.timeout");
    }

    @Test
    void theClientsDefaults() {
        Settings settings = Settings.resolve(CLIENT, new HttpBackendProvider().settings(), Map.of(
                "url", "http://127.0.0.1:8081/", "secret", "a-long-enough-secret"));

        assertThat(settings.asMap()).containsEntry("connect-timeout-ms", "1000").containsEntry("request-timeout-ms",
                "2000").containsEntry("retries", "2").containsEntry("retry-backoff-ms", "200");
    }

    @Test
    void theServerNeedsASecretAndListensOnLoopback8081ByDefault() {
        assertThatThrownBy(() -> Settings.resolve(SERVER, new BackendServerProvider().settings(), Map.of()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("missing setting outbound.endpoint.backend-server.secret");

        Settings settings = Settings.resolve(SERVER, new BackendServerProvider().settings(),
                Map.of("secret", "a-long-enough-secret"));
        assertThat(settings.asMap()).containsEntry("host", "127.0.0.1").containsEntry("port", "8081")
                .containsEntry("max-body-bytes", "1048576");
    }
}
