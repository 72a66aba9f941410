package dev.outbound.app;

import java.util.ArrayList;
import java.util.List;

/** A stop signal for tests: {@link #await()} returns at once, as if Ctrl-C had been pressed straight away. */
final class ImmediateStopSignal implements StopSignal {
    final List<Runnable> actions = new ArrayList<>();
    int awaited;

    @Override
    public void onStop(Runnable action) {
        actions.add(action);
    }

    @Override
    public void await() {
        awaited++;
    }
}
