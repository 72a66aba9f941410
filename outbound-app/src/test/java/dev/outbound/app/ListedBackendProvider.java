package dev.outbound.app;

/** A backend provider ServiceLoader can instantiate, listed only by the class loaders tests build. */
public class ListedBackendProvider extends FakeBackendProvider {
    public ListedBackendProvider() {
        super("listed");
    }
}
