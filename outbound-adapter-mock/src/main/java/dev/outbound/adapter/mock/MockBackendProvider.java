package dev.outbound.adapter.mock;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.adapter.mock.data.DataSetReader;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The backend provider {@code mock}: an in-memory Outbound Contact Server simulator, loaded with the bundled demo
 * data or a data file, for development, demos and tests. Registered in
 * {@code META-INF/services/dev.outbound.port.spi.BackendProvider}.
 */
public final class MockBackendProvider implements BackendProvider {
    /** The name configuration selects it by. */
    public static final String NAME = "mock";
    /** The data loaded when no file is given. */
    public static final String BUNDLED_DATA = "/dev/outbound/adapter/mock/default-data.json";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.text("data", "a simulator data file (JSON, see docs/mock-backend.md); empty for the "
                    + "bundled demo data", ""),
            SettingSpec.integer("extra-chains", "generated chains added to every campaign that generates records",
                    0, 0, 5_000_000),
            SettingSpec.text("extra-chains-campaign", "the one campaign the extra chains go to (it must generate "
                    + "records); empty for every campaign that generates records", ""),
            SettingSpec.integer("seed", "added to every generator seed, for other records from the same data", 0,
                    0, Integer.MAX_VALUE),
            SettingSpec.integer("stale-timeout-ms", "how long an agent may hold a record before it goes back to "
                    + "the pool", 600_000, 1, 86_400_000),
            SettingSpec.integer("dial-delay-ms", "how long a simulated call rings before it connects or fails",
                    1_500, 0, 60_000),
            SettingSpec.integer("sweep-interval-ms", "how often stale records, scripted events and waiting push "
                    + "agents are looked at", 250, 10, 60_000));

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
    public OutboundBackend create(Settings settings, Clock clock) {
        String extraCampaign = settings.text("extra-chains-campaign");
        DataSetReader reader = new DataSetReader(clock.instant(), settings.integer("extra-chains"),
                settings.integer("seed"), extraCampaign.isBlank() ? Optional.empty() : Optional.of(extraCampaign));
        String file = settings.text("data");
        DataSet data = file.isEmpty() ? reader.readResource(BUNDLED_DATA) : reader.read(Path.of(file));
        return new SimulatedOutboundContactServer(data, clock, new SimulatedOutboundContactServer.Options(
                settings.millis("stale-timeout-ms"), settings.millis("dial-delay-ms"),
                settings.millis("sweep-interval-ms")));
    }
}
