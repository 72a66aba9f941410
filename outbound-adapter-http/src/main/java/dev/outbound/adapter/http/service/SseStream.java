package dev.outbound.adapter.http.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open Server-Sent Events response. Frames are written one at a time, in order, without blocking the sender;
 * a client that stops reading (more than {@link #MAX_PENDING} frames behind) or goes away closes the stream.
 */
final class SseStream {
    static final int MAX_PENDING = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SseStream.class);

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
    /** Closed while a frame was being written: the response is ended when that write completes. */
    private boolean endAfterWrite;

    SseStream(Response response, Callback done, Runnable onClose) {
        this.response = response;
        this.done = done;
        this.onClose = onClose;
    }

    /**
     * Ends the stream as soon as the client closes its connection. Jetty does not read a connection while its
     * response is being written, so a client that leaves is otherwise noticed only when a write to it fails: at
     * the next heartbeat at best, and until then the stream counts against the agent's limit (a page reloaded a few
     * times was locked out for 15 seconds). The client of an event stream sends nothing after its request, so the
     * connection becoming readable means it was closed: this asks the connection to say when it is.
     *
     * <p>Only for HTTP/1.x, where the connection is the stream's own: its response says {@code Connection: close},
     * so no other request can follow on it and any byte that arrives is dropped. Elsewhere, or when something else
     * is already reading, the heartbeat still finds a client that left.
     */
    void closeWhenClientLeaves(Request request) {
        HttpVersion version = request.getConnectionMetaData().getHttpVersion();
        if (version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_1_0) {
            return;
        }
        watch(request.getConnectionMetaData().getConnection().getEndPoint());
    }

    private void watch(EndPoint endPoint) {
        endPoint.tryFillInterested(Callback.from(() -> onReadable(endPoint), this::close));
    }

    private void onReadable(EndPoint endPoint) {
        try {
            ByteBuffer ignored = BufferUtil.allocate(256);
            int filled;
            do {
                BufferUtil.clear(ignored);
                filled = endPoint.fill(ignored);
            } while (filled > 0);
            if (filled < 0) {
                close(new EofException("the client closed the event stream"));
                return;
            }
        } catch (IOException e) {
            close(e);
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        watch(endPoint);
    }

    /** Queues a frame ({@code id:}/{@code data:} lines or a {@code :} comment, ending in a blank line). */
    void send(String frame) {
        boolean start = false;
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (pending.size() >= MAX_PENDING) {
                overflow = true;
            } else {
                pending.addLast(frame);
                start = !writing;
                writing = true;
            }
        }
        if (overflow) {
            close(new EofException("the client reads the event stream too slowly: " + MAX_PENDING
                    + " frames are waiting"));
        } else if (start) {
            writeNext();
        }
    }

    private void writeNext() {
        String frame;
        boolean end = false;
        synchronized (this) {
            frame = closed ? null : pending.pollFirst();
            if (frame == null) {
                writing = false;
                end = endAfterWrite;
                endAfterWrite = false;
            }
        }
        if (end) {
            response.write(true, BufferUtil.EMPTY_BUFFER, done);
        }
        if (frame != null) {
            response.write(false, ByteBuffer.wrap(frame.getBytes(StandardCharsets.UTF_8)),
                    Callback.from(this::writeNext, this::close));
        }
    }

    /**
     * Ends the stream: with no failure when the server stops (the response is ended properly), with one when the
     * client is gone or too slow (the connection is dropped). {@code onClose} runs outside this stream's lock, so
     * that it may take the lock of the agent's channel while another thread holding that lock sends to this stream.
     */
    void close(Throwable failure) {
        boolean endNow;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.clear();
            endNow = !writing;
            endAfterWrite = failure == null && writing;
        }
        LOG.debug("event stream closed: {}", failure == null ? "by the server" : failure.getMessage());
        onClose.run();
        if (failure != null) {
            done.failed(failure);
        } else if (endNow) {
            response.write(true, BufferUtil.EMPTY_BUFFER, done);
        }
    }
}
