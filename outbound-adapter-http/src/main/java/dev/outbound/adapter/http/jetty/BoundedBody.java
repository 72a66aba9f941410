package dev.outbound.adapter.http.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request body read whole, up to a limit: how both servers (the service endpoint and the backend server) read
 * what a client posts, and drop what they refuse without reading.
 *
 * <p>A body over the limit is not kept. When it is not much larger than the limit (at most four times it, and at
 * least 1 MiB may always be read), it is read to its end and dropped before the refusal is sent: a connection
 * closed with the client's bytes still unread is reset by the kernel, and the client may then lose the refusal
 * already sent to it (found by a test that failed now and then under load). A larger body gets its refusal and the
 * connection is closed, which is the right answer to it.
 */
public final class BoundedBody {
    private static final long ALWAYS_DRAINED = 1L << 20;

    private BoundedBody() {}

    /**
     * The body of {@code request}, or empty when it is longer than {@code maxBytes}.
     *
     * @throws IOException when the body cannot be read to its end (the connection failed, or its chunked encoding
     *     is broken)
     */
    public static Optional<byte[]> read(Request request, long maxBytes) throws IOException {
        long declared = request.getLength();
        if (declared > maxBytes) {
            drainIfModest(request, declared, maxBytes);
            return Optional.empty();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }

    /**
     * Reads and drops the body of a request that is refused without its body being read (a method not allowed, a
     * path not known, a bad secret), up to the amount {@link #read} would drop. Jetty closes a connection whose
     * request body was not read to its end when the answer is sent, and a client that has already put that
     * connection back in its pool fails its next request on it; the body's last bytes may also meet a reset
     * instead of the refusal. A body that declares more, or a chunked body that goes on longer, is left: its
     * connection is closed, which is the right answer to it.
     */
    public static void discard(Request request, long maxBytes) {
        drainIfModest(request, request.getLength(), maxBytes);
    }

    private static void drainIfModest(Request request, long declared, long maxBytes) {
        long most = Math.max(ALWAYS_DRAINED, 4L * maxBytes);
        if (declared > most) {
            return;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] dropped = new byte[8192];
            long left = most;
            int read;
            while (left > 0 && (read = in.read(dropped, 0, (int) Math.min(dropped.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the refusal is sent anyway; the client has gone or sent less than it declared
        }
    }
}
