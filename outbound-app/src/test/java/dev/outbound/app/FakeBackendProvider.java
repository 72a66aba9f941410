package dev.outbound.app;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A backend provider for tests: its name, SPI version and settings are chosen; it hands out a Mockito backend. */
class FakeBackendProvider implements BackendProvider {
    private final String name;
    private final int spiVersion;
    private final List<SettingSpec> settings;
    private final RuntimeException createFailure;
    final List<Settings> createdWith = new ArrayList<>();
    final List<Clock> clocks = new ArrayList<>();
    final OutboundBackend backend = mock(OutboundBackend.class);
    final OutboundBackend.Registration registration = mock(OutboundBackend.Registration.class);

    FakeBackendProvider(String name) {
        this(name, SpiVersion.CURRENT, List.of(), null);
    }

    FakeBackendProvider(String name, int spiVersion, List<SettingSpec> settings, RuntimeException createFailure) {
        this.name = name;
        this.spiVersion = spiVersion;
        this.settings = settings;
        this.createFailure = createFailure;
        when(backend.subscribe(org.mockito.ArgumentMatchers.any())).thenReturn(registration);
    }

    static FakeBackendProvider withSettings(String name, SettingSpec... settings) {
        return new FakeBackendProvider(name, SpiVersion.CURRENT, List.of(settings), null);
    }

    static FakeBackendProvider failing(String name, RuntimeException failure) {
        return new FakeBackendProvider(name, SpiVersion.CURRENT, List.of(), failure);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int spiVersion() {
        return spiVersion;
    }

    @Override
    public List<SettingSpec> settings() {
        return settings;
    }

    @Override
    public OutboundBackend create(Settings given, Clock clock) {
        createdWith.add(given);
        clocks.add(clock);
        if (createFailure != null) {
            throw createFailure;
        }
        return backend;
    }
}
