/**
 * The plug-in SPI, found with {@link java.util.ServiceLoader}: providers of backends and endpoints, which the
 * application starts, and providers of service clients ({@link dev.outbound.port.spi.ServiceClientProvider}),
 * through which tools such as the bench drive a running service as agents' desktops would.
 */
package dev.outbound.port.spi;
