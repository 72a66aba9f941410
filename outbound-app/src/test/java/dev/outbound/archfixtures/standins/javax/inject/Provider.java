package dev.outbound.archfixtures.standins.javax.inject;

/**
 * Stand-in for {@code javax.inject.Provider} (not on the test class path): see the stand-in {@link Inject}.
 */
public interface Provider<T> {
    T get();
}
