package dev.outbound.app;

import java.util.concurrent.CountDownLatch;

/** Stopping the JVM (Ctrl-C, SIGTERM) is the stop signal: the actions run in a shutdown hook. */
final class JvmStopSignal implements StopSignal {
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void onStop(Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                action.run();
            } finally {
                stopped.countDown();
            }
        }, "outbound-shutdown"));
    }

    @Override
    public void await() throws InterruptedException {
        stopped.await();
    }
}
