package dev.outbound.app;

import dev.outbound.port.spi.ServiceClient;
import dev.outbound.port.spi.ServiceClientProvider;
import dev.outbound.port.spi.SpiVersion;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds the installed {@link ServiceClientProvider} for a service's address (by its scheme) and connects it. The
 * app names no client class: {@code outbound-adapter-http} registers the one for {@code http} and {@code https}.
 */
final class ServiceClients {
    private final Iterable<ServiceClientProvider> installed;

    ServiceClients(Iterable<ServiceClientProvider> installed) {
        this.installed = installed;
    }

    /** The providers registered on the class path of {@code classLoader}. */
    static ServiceClients discover(ClassLoader classLoader) {
        return new ServiceClients(ServiceLoader.load(ServiceClientProvider.class, classLoader));
    }

    /**
     * A client of the service at {@code address}.
     *
     * @throws UsageException when the address is not a URI, or no installed provider of this SPI version speaks its
     *     scheme, or the provider refuses it
     */
    ServiceClient connect(String address, Duration requestTimeout) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new UsageException("\"" + address + "\" is not a URL: " + e.getMessage()
                    + "; expected the service's address, such as http://127.0.0.1:8080/");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        TreeSet<String> known = new TreeSet<>();
        for (ServiceClientProvider provider : installed) {
            if (provider.spiVersion() != SpiVersion.CURRENT) {
                continue;
            }
            known.addAll(provider.schemes());
            if (provider.schemes().contains(scheme)) {
                try {
                    return provider.connect(uri, requestTimeout);
                } catch (IllegalArgumentException refused) {
                    throw new UsageException(refused.getMessage());
                }
            }
        }
        throw new UsageException("no installed service client speaks \"" + scheme + "\" (from " + address
                + "); installed: " + (known.isEmpty() ? "none (outbound-adapter-http provides http and https)"
                : String.join(", ", known)));
    }
}
