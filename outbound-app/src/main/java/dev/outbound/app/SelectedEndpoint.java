package dev.outbound.app;

import dev.outbound.port.spi.Endpoint;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.Settings;

/** An endpoint provider configuration enabled, with its checked settings; {@link #start} starts the endpoint. */
record SelectedEndpoint(String name, EndpointProvider provider, Settings settings) {

    /**
     * Asks the provider to start its endpoint.
     *
     * @throws StartupException carrying the provider's own message when it fails or answers nothing
     */
    Endpoint start(EndpointContext context) {
        Endpoint endpoint;
        try {
            endpoint = provider.start(settings, context);
        } catch (RuntimeException failure) {
            throw new StartupException("The endpoint provider \"" + name + "\" could not start: "
                    + StartupException.describe(failure) + ". Check its settings under "
                    + ProviderKind.ENDPOINT.settingsPrefix(name) + "* (a port in use, an address not available).",
                    failure);
        }
        if (endpoint == null) {
            throw new StartupException("The endpoint provider \"" + name + "\" (" + provider.getClass().getName()
                    + ") started no endpoint (it answered null). This is a bug in its adapter.");
        }
        return endpoint;
    }
}
