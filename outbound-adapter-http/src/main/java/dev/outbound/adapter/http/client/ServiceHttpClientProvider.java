package dev.outbound.adapter.http.client;

import dev.outbound.port.spi.ServiceClient;
import dev.outbound.port.spi.ServiceClientProvider;
import dev.outbound.port.spi.SpiVersion;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * The service client provider {@code http}: connects to a service endpoint at an {@code http://} or
 * {@code https://} address. Registered in {@code META-INF/services/dev.outbound.port.spi.ServiceClientProvider}.
 */
public final class ServiceHttpClientProvider implements ServiceClientProvider {
    private static final Set<String> SCHEMES = Set.of("http", "https");

    @Override
    public String name() {
        return "http";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<String> schemes() {
        return SCHEMES;
    }

    @Override
    public ServiceClient connect(URI service, Duration requestTimeout) {
        if (service.getScheme() == null || !SCHEMES.contains(service.getScheme().toLowerCase(java.util.Locale.ROOT))
                || service.getHost() == null || service.getRawQuery() != null || service.getRawFragment() != null) {
            throw new IllegalArgumentException("the service address must be an http:// or https:// URL with a host "
                    + "and no query, such as http://127.0.0.1:8080/; was " + service);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive; was " + requestTimeout);
        }
        return new ServiceHttpClient(service, requestTimeout);
    }
}
