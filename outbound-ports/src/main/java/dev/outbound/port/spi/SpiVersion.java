package dev.outbound.port.spi;

/**
 * The version of the provider interfaces in this package. A provider reports the version it was built against;
 * the application refuses a provider whose version differs, with a message naming both.
 *
 * <p>The number changes whenever a change to {@link BackendProvider}, {@link EndpointProvider},
 * {@link ServiceClientProvider}, the ports they hand out, or {@link Settings} would break a provider compiled
 * against the previous one.
 */
public final class SpiVersion {
    /** The version this build of the ports module implements. */
    public static final int CURRENT = 1;

    private SpiVersion() {}
}
