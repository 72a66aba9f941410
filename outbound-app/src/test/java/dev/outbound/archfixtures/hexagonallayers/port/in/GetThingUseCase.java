package dev.outbound.archfixtures.hexagonallayers.port.in;

/**
 * ALLOWED (control): a port.
 */
public interface GetThingUseCase {
    String get();
}
