package dev.outbound.adapter.audit;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.InvalidSettingsException;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The backend provider {@code audit}: wraps another backend, found by its name through {@link ServiceLoader} like
 * any provider, in an {@link AuditedBackend}. Select it with {@code outbound.backend=audit}; name the wrapped backend
 * with {@code outbound.backend.audit.delegate} and give it settings with
 * {@code outbound.backend.audit.delegate-settings=key=value;key=value}.
 */
public final class AuditBackendProvider implements BackendProvider {
    /** The name configuration selects it by. */
    public static final String NAME = "audit";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.text("delegate", "the name of the backend provider to wrap", "mock"),
            SettingSpec.text("delegate-settings", "settings of the wrapped backend: key=value pairs separated by ;",
                    ""));

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
        String name = settings.text("delegate");
        if (name.equals(NAME)) {
            throw new IllegalArgumentException("the audit backend cannot wrap itself; name another provider in "
                    + "outbound.backend.audit.delegate");
        }
        BackendProvider delegate = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("outbound.backend.audit.delegate names \"" + name
                        + "\", but no backend provider of that name is installed"));
        String prefix = "outbound.backend.audit.delegate-settings:";
        Settings delegateSettings = Settings.resolve(prefix, delegate.settings(),
                pairs(settings.text("delegate-settings")));
        return new AuditedBackend(delegate.create(delegateSettings, clock));
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new InvalidSettingsException(List.of("outbound.backend.audit.delegate-settings: \"" + pair
                        + "\" is not key=value"));
            }
            pairs.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return pairs;
    }
}
