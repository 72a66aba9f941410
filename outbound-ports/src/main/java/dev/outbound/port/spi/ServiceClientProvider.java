package dev.outbound.port.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * A plug-in that talks to a running Outbound service the way agents' desktops do, so that tools (the bench
 * command) can drive a service over the network without naming the adapter that speaks its protocol. Found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.outbound.port.spi.ServiceClientProvider}) and
 * chosen by the scheme of the service's address.
 */
public interface ServiceClientProvider {
    /** A name for messages, such as {@code http}. */
    String name();

    /** The {@link SpiVersion} the provider was built against. */
    int spiVersion();

    /** The URI schemes of the addresses it can connect to, lower case, such as {@code http} and {@code https}. */
    Set<String> schemes();

    /**
     * Prepares a connection to the service at {@code service} (its base address, such as
     * {@code http://127.0.0.1:8080/}); nothing is sent until an agent signs in.
     *
     * @param requestTimeout how long one request may take, answer included
     * @throws IllegalArgumentException when the address is not one this provider can use, saying why
     */
    ServiceClient connect(URI service, Duration requestTimeout);
}
