package dev.outbound.archfixtures.noadapterbyname.port.spi;

/**
 * The provider interface adapters implement and the app looks up through ServiceLoader.
 */
public interface BackendProvider {
    String name();
}
