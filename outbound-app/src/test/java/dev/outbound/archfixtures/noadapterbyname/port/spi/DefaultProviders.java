package dev.outbound.archfixtures.noadapterbyname.port.spi;

import dev.outbound.archfixtures.noadapterbyname.adapter.mock.MockBackendProvider;
import java.util.List;

/**
 * VIOLATION: an SPI class that lists an adapter's provider by class literal.
 */
public final class DefaultProviders {
    private DefaultProviders() {
    }

    /** Only a class literal, but still a reference the byte code carries. */
    public static List<Class<?>> defaults() {
        return List.of(MockBackendProvider.class);
    }
}
