package dev.outbound.port.spi;

import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;
import java.util.List;

/**
 * A plug-in that creates a campaign backend. Implementations are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/dev.outbound.port.spi.BackendProvider}) and chosen by
 * {@code outbound.backend=<name>}; their settings are read from {@code outbound.backend.<name>.*}.
 */
public interface BackendProvider {
    /** The name configuration selects it by, e.g. {@code mock} or {@code http}. Unique among providers. */
    String name();

    /** The {@link SpiVersion} the provider was built against. */
    int spiVersion();

    /** The settings it accepts; any other key is refused at start-up. */
    List<SettingSpec> settings();

    /**
     * Creates the backend. Failing here (unreadable data, unreachable server) fails start-up with the message.
     *
     * @param settings checked against {@link #settings()}, defaults filled in
     * @param clock    the time source; backends never read the wall clock themselves
     */
    OutboundBackend create(Settings settings, Clock clock);
}
