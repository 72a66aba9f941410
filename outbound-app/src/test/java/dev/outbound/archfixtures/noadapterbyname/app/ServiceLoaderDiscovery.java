package dev.outbound.archfixtures.noadapterbyname.app;

import dev.outbound.archfixtures.noadapterbyname.port.spi.BackendProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * ALLOWED (control): the composition root finds providers through ServiceLoader and names no adapter.
 */
public final class ServiceLoaderDiscovery {
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
            names.add(provider.name());
        }
        return names;
    }
}
