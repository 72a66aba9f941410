/** The plug-in SPI: providers of backends and endpoints, found with {@link java.util.ServiceLoader}. */
package dev.outbound.port.spi;
