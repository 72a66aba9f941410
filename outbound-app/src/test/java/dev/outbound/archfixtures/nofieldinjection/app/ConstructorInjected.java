package dev.outbound.archfixtures.nofieldinjection.app;

import jakarta.inject.Inject;

/**
 * ALLOWED (control): constructor injection into a final field.
 */
public final class ConstructorInjected {
    private final Thing thing;

    @Inject
    public ConstructorInjected(Thing thing) {
        this.thing = thing;
    }

    public Thing thing() {
        return thing;
    }
}
