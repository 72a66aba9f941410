package dev.outbound.adapter.http.backend.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the server's {@code GET /events} on a daemon thread, handing every frame to {@link EventFrames}, which
 * tells the listeners. When the stream drops (or stays silent longer than the idle timeout) it reopens it after a
 * pause, sending the id of the last event handled as {@code Last-Event-ID}, so that the server sends exactly what
 * was missed. Before the stream was first open it resumes after the {@link EarliestPosition} of the replies, if
 * there was a reply.
 */
final class EventStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final HttpClient http;
    private final ClientOptions options;
    private final EventFrames frames;
    private final EarliestPosition earliest;
    private final Thread thread;
    private final ScheduledExecutorService watchdog;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile InputStream current;
    /** Set when the watchdog closes a silent stream, so that the read failing because of it is not an outage. */
    private volatile boolean silenced;
    private volatile long lastActivity = System.nanoTime();
    private boolean outageReported;

    EventStream(HttpClient http, ClientOptions options, Listeners listeners, EarliestPosition earliest) {
        this.http = http;
        this.options = options;
        this.frames = new EventFrames(options.server(), listeners);
        this.earliest = earliest;
        this.thread = new Thread(this::run, "outbound-http-backend-events");
        this.thread.setDaemon(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbound-http-backend-events-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts following the stream and waits (at most {@code wait}) until the first attempt opened or failed. */
    void start(Duration wait) {
        thread.start();
        long check = Math.max(100, options.eventsIdleTimeout().toMillis() / 4);
        watchdog.scheduleWithFixedDelay(this::reopenIfSilent, check, check, TimeUnit.MILLISECONDS);
        try {
            if (!firstAttempt.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the event stream of the backend server at {} is not open yet; it keeps trying",
                        options.server());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        closeQuietly(current);
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int failures = 0;
        while (!closed) {
            boolean opened = false;
            try {
                opened = follow();
            } catch (IOException | TimeoutException | RuntimeException e) {
                if (silenced) {
                    LOG.debug("the silent event stream of {} was closed to reopen it: {}", options.server(), e);
                } else if (!closed) {
                    reportOutage("the event stream of the backend server at " + options.server() + " failed: "
                            + describe(e));
                }
            } catch (InterruptedException e) {
                break;
            } finally {
                silenced = false;
                current = null;
                firstAttempt.countDown();
            }
            failures = opened ? 1 : failures + 1;
            if (!closed && !pause(options.backoff(failures))) {
                break;
            }
        }
        LOG.debug("event stream of {} stopped", options.server());
    }

    /** Opens the stream and reads it to its end; answers whether it was open at all. */
    private boolean follow() throws IOException, InterruptedException, TimeoutException {
        OptionalLong resumeAfter = frames.lastEventId().isPresent() ? frames.lastEventId() : earliest.get();
        // No total timeout: the stream is meant to stay open. Silence is the watchdog's business, so the
        // connection's own idle timeout is set well beyond the watchdog's.
        Request request = http.newRequest(options.resolve("/events"))
                .idleTimeout(2 * options.eventsIdleTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .headers(headers -> {
                    headers.put(HttpHeader.AUTHORIZATION, "Bearer " + options.secret())
                            .put(HttpHeader.ACCEPT, "text/event-stream");
                    resumeAfter.ifPresent(id -> headers.put("Last-Event-ID", Long.toString(id)));
                });
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        Response response;
        try {
            response = listener.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IOException(describe(failed.getCause()), failed.getCause());
        } catch (TimeoutException slow) {
            request.abort(slow);
            throw slow;
        }
        InputStream body = listener.getInputStream();
        if (response.getStatus() != 200) {
            String text;
            try (body) {
                text = new String(body.readNBytes(2_000), StandardCharsets.UTF_8);
            }
            reportOutage("the backend server at " + options.server() + " refused the event stream: "
                    + response.getStatus() + " " + text);
            return false;
        }
        current = body;
        lastActivity = System.nanoTime();
        LOG.info("event stream of the backend server at {} is open{}", options.server(),
                resumeAfter.isEmpty() ? "" : ", resuming after event " + resumeAfter.getAsLong());
        outageReported = false;
        firstAttempt.countDown();
        try (body) {
            SseReader reader = new SseReader(body, () -> lastActivity = System.nanoTime());
            Optional<SseReader.Frame> frame;
            while (!closed && (frame = reader.next()).isPresent()) {
                frames.handle(frame.get());
            }
        }
        if (!closed) {
            LOG.info("event stream of the backend server at {} ended; reopening", options.server());
        }
        return true;
    }

    private void reopenIfSilent() {
        InputStream open = current;
        long silentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivity);
        if (open != null && silentMillis > options.eventsIdleTimeout().toMillis()) {
            LOG.warn("the event stream of {} was silent for {} ms; reopening it", options.server(), silentMillis);
            silenced = true;
            closeQuietly(open);
        }
    }

    private void reportOutage(String message) {
        if (outageReported) {
            LOG.debug(message);
        } else {
            LOG.warn("{}; retrying", message);
            outageReported = true;
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within the request timeout";
        }
        if (failure.getClass() == IOException.class && failure.getMessage() != null) {
            return failure.getMessage(); // described already, in follow()
        }
        if (failure instanceof java.net.ConnectException) {
            return "cannot connect (" + (failure.getMessage() == null ? "connection refused" : failure.getMessage())
                    + ")";
        }
        if (failure instanceof EOFException) {
            // Jetty's message here is a dump of its connection's state: say what happened instead
            return "the server closed the stream";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.toString();
    }

    private boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the stream is being abandoned
            }
        }
    }
}
