package dev.outbound.archfixtures.portsonlyondomain.port.spi;

import com.google.inject.Module;

/**
 * VIOLATION: a provider interface that makes every adapter depend on Guice.
 */
public interface GuiceThingProvider {
    Module module();
}
