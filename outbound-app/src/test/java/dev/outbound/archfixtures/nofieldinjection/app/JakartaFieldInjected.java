package dev.outbound.archfixtures.nofieldinjection.app;

import jakarta.inject.Inject;

/**
 * VIOLATION: a field annotated with {@code jakarta.inject.Inject}.
 */
public final class JakartaFieldInjected {
    @Inject
    Thing thing;
}
