package dev.outbound.archfixtures.applicationdependencies.application;

import dev.outbound.archfixtures.applicationdependencies.adapter.mock.MockStore;
import dev.outbound.archfixtures.applicationdependencies.app.AppSettings;
import dev.outbound.archfixtures.applicationdependencies.domain.Thing;
import dev.outbound.archfixtures.applicationdependencies.port.in.GetThingUseCase;

/**
 * VIOLATION: a use case that uses an adapter and the app instead of an out-port and its own settings.
 */
public final class ShortcutService implements GetThingUseCase {
    private final MockStore store = new MockStore();
    private final AppSettings settings;

    public ShortcutService(AppSettings settings) {
        this.settings = settings;
    }

    @Override
    public Thing get(String id) {
        return store.find(id + settings.backend());
    }
}
