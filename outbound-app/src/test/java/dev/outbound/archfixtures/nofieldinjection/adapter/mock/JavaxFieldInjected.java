package dev.outbound.archfixtures.nofieldinjection.adapter.mock;

import dev.outbound.archfixtures.nofieldinjection.app.Thing;
import dev.outbound.archfixtures.standins.javax.inject.Inject;

/**
 * VIOLATION: a field annotated with {@code javax.inject.Inject} (a stand-in: the rule refuses any annotation type named
 * {@code Inject}, whatever its package).
 */
public final class JavaxFieldInjected {
    @Inject
    private Thing thing;

    public Thing thing() {
        return thing;
    }
}
