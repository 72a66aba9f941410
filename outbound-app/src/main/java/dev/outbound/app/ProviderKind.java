package dev.outbound.app;

import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.EndpointProvider;

/** The two kinds of plug-in, with the words and keys messages and selection use for each. */
enum ProviderKind {
    /** A {@link BackendProvider}: exactly one is selected by {@code outbound.backend}. */
    BACKEND("backend", BackendProvider.class, AppKeys.BACKEND, AppKeys.BACKEND_SETTINGS),
    /** An {@link EndpointProvider}: those named by {@code outbound.endpoints} are started. */
    ENDPOINT("endpoint", EndpointProvider.class, AppKeys.ENDPOINTS, AppKeys.ENDPOINT_SETTINGS);

    private final String noun;
    private final Class<?> spi;
    private final String selectionKey;
    private final String settingsFamily;

    ProviderKind(String noun, Class<?> spi, String selectionKey, String settingsFamily) {
        this.noun = noun;
        this.spi = spi;
        this.selectionKey = selectionKey;
        this.settingsFamily = settingsFamily;
    }

    /** {@code backend} or {@code endpoint}. */
    String noun() {
        return noun;
    }

    /** The provider interface ServiceLoader looks for. */
    Class<?> spi() {
        return spi;
    }

    /** The key that selects providers of this kind. */
    String selectionKey() {
        return selectionKey;
    }

    /** The start of every key holding settings of this kind: {@code outbound.backend.}, {@code outbound.endpoint.}. */
    String settingsFamily() {
        return settingsFamily;
    }

    /** The prefix of one provider's settings, e.g. {@code outbound.backend.mock.}. */
    String settingsPrefix(String providerName) {
        return settingsFamily + providerName + ".";
    }
}
