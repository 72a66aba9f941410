package dev.outbound.app;

/** How a long-running command learns that the process is asked to stop; tests pass one that stops at once. */
interface StopSignal {
    /** Runs {@code action} when the process is asked to stop. */
    void onStop(Runnable action);

    /** Returns once the process has been asked to stop and the actions have run. */
    void await() throws InterruptedException;
}
