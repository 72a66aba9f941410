package dev.outbound.archfixtures.applicationdependencies.application;

import com.google.inject.Injector;

/**
 * VIOLATION: a use case that needs a DI container (Guice), so a host cannot run it with plain Java.
 */
public final class ContainerService {
    private final Injector injector;

    public ContainerService(Injector injector) {
        this.injector = injector;
    }

    public Object lookUp(Class<?> type) {
        return injector.getInstance(type);
    }
}
