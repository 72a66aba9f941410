package dev.outbound.adapter.http.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A Server-Sent Events client for {@code GET /api/v2/events}, as a browser's EventSource reads it: frames of
 * {@code id:}, {@code event:} and {@code data:} lines ending with a blank line; lines starting with {@code :} are
 * comments (the greeting and the heartbeat). Frames are read on a thread of their own and queued.
 */
final class EventStreamClient implements AutoCloseable {
    /** One event: its number, its topic ({@code event:} line) and its envelope ({@code data:} line). */
    record Event(long id, String topic, JsonNode envelope) {
        /** {@code data.eventType} of the envelope. */
        String eventType() {
            return envelope.get("data").get("eventType").stringValue();
        }

        /** {@code data.interaction} of an interaction event. */
        JsonNode interaction() {
            return envelope.get("data").get("interaction");
        }
    }

    private static final Event END = new Event(-1, "", null);

    private final int status;
    private final String errorBody;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private EventStreamClient(int status, String errorBody, InputStream body) {
        this.status = status;
        this.errorBody = errorBody;
        this.body = body;
        if (body != null) {
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the agent's stream with {@code Authorization: Bearer <token>} (no header when token is null). */
    static EventStreamClient open(ServiceFixture service, String token) {
        return open(service, token, false, null);
    }

    /**
     * Opens a stream.
     *
     * @param inQuery     send the token as {@code ?access_token=} (as a browser's EventSource must) instead of
     *                    the header
     * @param lastEventId the {@code Last-Event-ID} header, or null
     */
    static EventStreamClient open(ServiceFixture service, String token, boolean inQuery, String lastEventId) {
        String uri = service.address() + "api/v2/events";
        if (inQuery && token != null) {
            uri += "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET()
                .header("Accept", "text/event-stream");
        if (!inQuery && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> response = service.http().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                try (InputStream in = response.body()) {
                    return new EventStreamClient(response.statusCode(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
                }
            }
            return new EventStreamClient(200, null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the event stream did not open: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return status;
    }

    /** The failure envelope when the stream was refused. */
    JsonNode errorBody() {
        return Json.MAPPER.readTree(errorBody);
    }

    /** The next event, waiting up to {@code timeout}; fails when none comes. */
    Event next(Duration timeout) {
        Event event = poll(timeout);
        if (event == null) {
            throw new AssertionError("no event came within " + timeout);
        }
        return event;
    }

    /** The next event, or null when none comes within {@code timeout} (or the stream ended). */
    Event poll(Duration timeout) {
        try {
            Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (event == END) {
                events.add(END);
                return null;
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips events until one matches; fails if none does within {@code timeout}. */
    Event await(Predicate<Event> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Event event = poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event == null) {
                break;
            }
            if (wanted.test(event)) {
                return event;
            }
            skipped.add(event);
        }
        throw new AssertionError("no matching event within " + timeout + "; got " + skipped);
    }

    /** Every event that arrives until none has come for {@code quiet}. */
    List<Event> drain(Duration quiet) {
        List<Event> drained = new ArrayList<>();
        for (Event event = poll(quiet); event != null; event = poll(quiet)) {
            drained.add(event);
        }
        return drained;
    }

    /** Closes the connection, as a browser does when the page goes away. */
    @Override
    public void close() {
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // the connection is gone either way
            }
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long id = -1;
            String topic = "message";
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, topic, Json.MAPPER.readTree(data.toString())));
                    }
                    id = -1;
                    topic = "message";
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("event: ")) {
                    topic = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException | RuntimeException e) {
            // closed by the test, or by the server
        } finally {
            events.add(END);
        }
    }
}
