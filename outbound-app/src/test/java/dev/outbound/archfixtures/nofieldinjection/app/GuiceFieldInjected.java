package dev.outbound.archfixtures.nofieldinjection.app;

import com.google.inject.Inject;

/**
 * VIOLATION: a field annotated with {@code com.google.inject.Inject}.
 */
public final class GuiceFieldInjected {
    @Inject
    private Thing thing;

    public Thing thing() {
        return thing;
    }
}
