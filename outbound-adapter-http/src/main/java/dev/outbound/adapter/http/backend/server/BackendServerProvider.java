package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.SecretSetting;
import dev.outbound.port.spi.Endpoint;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The endpoint provider {@code backend-server}: exposes the backend of this process (whichever
 * {@code outbound.backend} selects) over the backend protocol, so that other processes can use it with
 * {@code outbound.backend=http}. Registered in {@code META-INF/services/dev.outbound.port.spi.EndpointProvider};
 * the protocol is described in {@code docs/backend-protocol.md}.
 */
public final class BackendServerProvider implements EndpointProvider {
    /** The name configuration enables it by. */
    public static final String NAME = "backend-server";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.text("host", "the address to listen on; loopback unless the client processes run on "
                    + "other machines", "127.0.0.1"),
            SettingSpec.integer("port", "the port to listen on; 0 picks a free one", 8081, 0, 65_535),
            SecretSetting.spec("the shared secret clients must send as Authorization: Bearer <secret>"),
            SettingSpec.integer("max-body-bytes", "the largest request body accepted", 1_048_576, 1_024,
                    67_108_864),
            SettingSpec.integer("heartbeat-ms", "how often event streams get a keep-alive comment", 15_000, 100,
                    300_000),
            SettingSpec.integer("event-buffer", "how many recent events are kept for clients that reconnect",
                    10_000, 100, 1_000_000),
            SettingSpec.integer("reference-ids-per-agent", "how many recent GSW_REFERENCE_IDs (and their "
                    + "answers) are kept per agent", 1_000, 10, 100_000));

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

    @Override
    public Endpoint start(Settings settings, EndpointContext context) {
        return BackendServerEndpoint.start(ServerOptions.from(settings), context.backend(), context.clock(),
                context.clock().millis() * 1_000, UnaryOperator.identity());
    }
}
