package dev.outbound.app;

import dev.outbound.port.spi.Endpoint;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint provider for tests. Starting and closing write "start name" and "close name" to a shared journal,
 * so a test can check the order across endpoints.
 */
class FakeEndpointProvider implements EndpointProvider {
    private final String name;
    private final int spiVersion;
    private final List<SettingSpec> settings;
    private final List<String> journal;
    private RuntimeException startFailure;
    private RuntimeException closeFailure;
    final List<Settings> startedWith = new ArrayList<>();
    final List<EndpointContext> contexts = new ArrayList<>();

    FakeEndpointProvider(String name, List<String> journal) {
        this(name, SpiVersion.CURRENT, List.of(), journal);
    }

    FakeEndpointProvider(String name, int spiVersion, List<SettingSpec> settings, List<String> journal) {
        this.name = name;
        this.spiVersion = spiVersion;
        this.settings = settings;
        this.journal = journal;
    }

    FakeEndpointProvider failingToStart(RuntimeException failure) {
        this.startFailure = failure;
        return this;
    }

    FakeEndpointProvider failingToClose(RuntimeException failure) {
        this.closeFailure = failure;
        return this;
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
    public Endpoint start(Settings given, EndpointContext context) {
        startedWith.add(given);
        contexts.add(context);
        if (startFailure != null) {
            throw startFailure;
        }
        journal.add("start " + name);
        return new Endpoint() {
            @Override
            public String address() {
                return "fake://" + name;
            }

            @Override
            public List<String> startupNotes() {
                return List.of("agent fake-agent token: fake-token-of-" + name);
            }

            @Override
            public void close() {
                journal.add("close " + name);
                if (closeFailure != null) {
                    throw closeFailure;
                }
            }
        };
    }
}
