package dev.outbound.adapter.http.backend;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.Settings;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The two ends of the tests: the simulator loaded with the contract scenario, and http clients made by the
 * provider.
 */
public final class TestBackends {
    public static final String SECRET = "test-shared-secret";

    private TestBackends() {}

    /** The in-memory OCS with the contract scenario; calls are decided at once. */
    public static SimulatedOutboundContactServer simulator(ContractScenario scenario, Clock clock) {
        DataSet data = new DataSet(scenario.campaigns().stream()
                .map(c -> new DataSet.CampaignData(c.campaign(), c.fields(), c.chains())).toList(), List.of(),
                List.of());
        return new SimulatedOutboundContactServer(data, clock, new SimulatedOutboundContactServer.Options(
                Duration.ofMinutes(10), Duration.ZERO, Duration.ofMillis(20)));
    }

    /** The {@code http} backend provider, found as the application finds it. */
    public static BackendProvider httpProvider() {
        return ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("http")).findFirst().orElseThrow();
    }

    /** A client of {@code url} with the test secret and quick timeouts, plus {@code settings}. */
    public static OutboundBackend client(String url, Map<String, String> settings) {
        Map<String, String> given = new HashMap<>(Map.of("url", url, "secret", SECRET,
                "connect-timeout-ms", "1000", "request-timeout-ms", "2000", "retries", "2",
                "retry-backoff-ms", "50"));
        given.putAll(settings);
        BackendProvider provider = httpProvider();
        return provider.create(Settings.resolve("outbound.backend.http.", provider.settings(), given),
                Clock.systemUTC());
    }

    /** A loopback port nothing listens on (free a moment ago). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
