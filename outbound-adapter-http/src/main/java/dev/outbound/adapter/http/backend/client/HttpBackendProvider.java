package dev.outbound.adapter.http.backend.client;

import dev.outbound.adapter.http.backend.SecretSetting;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The backend provider {@code http}: a campaign backend in another process, reached over the backend protocol
 * (a {@code backend-server} endpoint, or any server that speaks {@code docs/backend-protocol.md}). Registered in
 * {@code META-INF/services/dev.outbound.port.spi.BackendProvider}.
 *
 * <p>Creating it does not fail when the server is down: requests fail with BACKEND_UNAVAILABLE until it is up,
 * and the event stream keeps trying to connect.
 *
 * <p>The defaults keep a call's whole failure budget (three attempts of 2 s and pauses of 0.2 and 0.4 s: 6.6 s,
 * {@link ClientOptions#failureBudget()}) well under the 10 s after which the WWE client gives up on a request
 * ("Request timeout"), so that an agent's desktop hears BACKEND_UNAVAILABLE rather than a timeout of its own.
 */
public final class HttpBackendProvider implements BackendProvider {
    /** The name configuration selects it by. */
    public static final String NAME = "http";

    private static final List<SettingSpec> SETTINGS = List.of(
            new SettingSpec("url", "the base URL of the backend server, e.g. http://127.0.0.1:8081",
                    Optional.empty(), "an http:// or https:// URL with a host and no query",
                    HttpBackendProvider::checkUrl),
            SecretSetting.spec("the shared secret of the backend server (its outbound.endpoint.backend-server"
                    + ".secret), sent as Authorization: Bearer <secret>"),
            SettingSpec.integer("connect-timeout-ms", "how long opening a connection may take", 1_000, 1,
                    600_000),
            SettingSpec.integer("request-timeout-ms", "how long one attempt of a request may take, answer "
                    + "included", 2_000, 1, 600_000),
            SettingSpec.integer("retries", "how many times a failed attempt is repeated (same reference id)", 2,
                    0, 10),
            SettingSpec.integer("retry-backoff-ms", "the pause before the first repeat; it doubles with every "
                    + "further one, up to 5000 ms", 200, 0, 60_000),
            SettingSpec.integer("events-idle-timeout-ms", "reopen the event stream when nothing came on it for "
                    + "this long (the server sends a heartbeat every 15 s by default)", 60_000, 500, 3_600_000));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public List<SettingSpec> settings() {
        return SETTINGS;
    }

    /** The clock is not used: the server's backend keeps the time. */
    @Override
    public OutboundBackend create(Settings settings, Clock clock) {
        return new HttpBackend(ClientOptions.from(settings));
    }

    private static Optional<String> checkUrl(String value) {
        try {
            ClientOptions.serverUri(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
