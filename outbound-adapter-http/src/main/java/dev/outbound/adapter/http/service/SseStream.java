package dev.outbound.adapter.http.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open Server-Sent Events response. Frames are written one at a time, in order, without blocking the sender;
 * a client that stops reading (more than {@link #MAX_PENDING} frames behind) or goes away closes the stream.
 */
final class SseStream {
    static final int MAX_PENDING = 1_000;

    /** Makes a stream over the current response; {@code onClose} runs once when it ends. */
    @FunctionalInterface
    interface Factory {
        SseStream create(Runnable onClose);
    }

    private final Response response;
    private final Callback done;
    private final Runnable onClose;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;

    SseStream(Response response, Callback done, Runnable onClose) {
        this.response = response;
        this.done = done;
        this.onClose = onClose;
    }

    /** Queues a frame ({@code id:}/{@code data:} lines or a {@code :} comment, ending in a blank line). */
    void send(String frame) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (pending.size() >= MAX_PENDING) {
                closeLocked(null);
                return;
            }
            pending.addLast(frame);
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    private void writeNext() {
        String frame;
        synchronized (this) {
            frame = pending.pollFirst();
            if (frame == null || closed) {
                writing = false;
                return;
            }
        }
        response.write(false, ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)),
                Callback.from(this::writeNext, failure -> close(failure)));
    }

    /** Ends the stream (the server is stopping, or the client is gone). */
    void close(Throwable failure) {
        synchronized (this) {
            closeLocked(failure);
        }
    }

    private void closeLocked(Throwable failure) {
        if (closed) {
            return;
        }
        closed = true;
        pending.clear();
        onClose.run();
        if (failure == null) {
            response.write(true, ByteBuffer.allocate(0), done);
        } else {
            done.failed(failure);
        }
    }
}
