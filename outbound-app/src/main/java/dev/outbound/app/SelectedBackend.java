package dev.outbound.app;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.Settings;
import java.time.Clock;

/** The backend provider configuration chose, with its checked settings; {@link #create(Clock)} makes the backend. */
record SelectedBackend(String name, BackendProvider provider, Settings settings) {

    /**
     * Asks the provider for the backend.
     *
     * @throws StartupException carrying the provider's own message when it fails or answers nothing
     */
    OutboundBackend create(Clock clock) {
        OutboundBackend backend;
        try {
            backend = provider.create(settings, clock);
        } catch (RuntimeException failure) {
            throw new StartupException("The backend provider \"" + name + "\" could not create the backend: "
                    + StartupException.describe(failure) + ". Check its settings under "
                    + ProviderKind.BACKEND.settingsPrefix(name) + "* and what they point to.", failure);
        }
        if (backend == null) {
            throw new StartupException("The backend provider \"" + name + "\" (" + provider.getClass().getName()
                    + ") created no backend (it answered null). This is a bug in its adapter.");
        }
        return backend;
    }
}
