package dev.outbound.adapter.http.backend.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open event stream response ({@code GET /events} or {@code GET /agents/{agentId}/events}). Frames are written
 * one at a time, in the order they were sent, without blocking the sender; a client that falls more than
 * {@code maxPending} frames behind, or goes away, is closed
 * (it reconnects with Last-Event-ID and gets the rest from the event log). No lock is held while the close action
 * or Jetty runs, so senders holding their own locks cannot deadlock with a closing connection.
 */
final class SseConnection {
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final Response response;
    private final Callback done;
    private final int maxPending;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private Runnable onClose = () -> { };
    private boolean writing;
    private boolean closed;
    private boolean ended;

    SseConnection(Response response, Callback done, int maxPending) {
        this.response = response;
        this.done = done;
        this.maxPending = maxPending;
    }

    /** What to do once when the connection closes. */
    synchronized void onClose(Runnable action) {
        this.onClose = action;
    }

    /** Queues a frame (lines ending in a blank line). */
    void send(String frame) {
        boolean tooFarBehind = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (pending.size() >= maxPending) {
                tooFarBehind = true;
            } else {
                pending.addLast(frame);
                if (writing) {
                    return;
                }
                writing = true;
            }
        }
        if (tooFarBehind) {
            close(null);
        } else {
            writeNext();
        }
    }

    /** Closes the stream: normally (the server stops, the client is too slow) or after a failed write. */
    void close(Throwable failure) {
        Runnable action;
        boolean endNow;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.clear();
            action = onClose;
            endNow = failure != null || !writing;
        }
        action.run();
        if (endNow) {
            end(failure);
        }
    }

    private void writeNext() {
        String frame;
        synchronized (this) {
            frame = closed ? null : pending.pollFirst();
            if (frame == null) {
                writing = false;
                if (!closed) {
                    return;
                }
            }
        }
        if (frame == null) {
            end(null);
            return;
        }
        response.write(false, ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)),
                Callback.from(this::writeNext, this::close));
    }

    private void end(Throwable failure) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        if (failure == null) {
            response.write(true, NOTHING.duplicate(), done);
        } else {
            done.failed(failure);
        }
    }
}
