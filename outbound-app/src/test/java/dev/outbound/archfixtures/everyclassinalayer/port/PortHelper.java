package dev.outbound.archfixtures.everyclassinalayer.port;

/**
 * VIOLATION: in {@code port}, but in none of {@code port.in}, {@code port.out}, {@code port.spi}.
 */
public final class PortHelper {
}
