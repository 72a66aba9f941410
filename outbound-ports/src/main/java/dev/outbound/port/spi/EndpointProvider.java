package dev.outbound.port.spi;

import java.util.List;

/**
 * A plug-in that starts a driving adapter (the agents' HTTP service, the backend-protocol server, ...). Found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.outbound.port.spi.EndpointProvider}), enabled by
 * {@code outbound.endpoints=<name>,...}, configured under {@code outbound.endpoint.<name>.*}.
 */
public interface EndpointProvider {
    /** The name configuration enables it by. Unique among endpoint providers. */
    String name();

    /** The {@link SpiVersion} the provider was built against. */
    int spiVersion();

    /** The settings it accepts; any other key is refused at start-up. */
    List<SettingSpec> settings();

    /**
     * Starts the endpoint and returns it running. Failing here (port in use, bad address) fails start-up.
     *
     * @param settings checked against {@link #settings()}, defaults filled in
     * @param context  the use cases, the backend and the clock
     */
    Endpoint start(Settings settings, EndpointContext context);
}
