package dev.outbound.adapter.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The test pages ({@code src/test/resources/web-test/}) served from two other origins on loopback, as a third
 * party's pages would be: one the service allows, one it does not.
 */
final class TestPages implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector allowed = new ServerConnector(server);
    private final ServerConnector foreign = new ServerConnector(server);

    TestPages() {
        for (ServerConnector connector : new ServerConnector[] {allowed, foreign}) {
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
        }
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws IOException {
                String name = Request.getPathInContext(request).substring(1);
                if (!name.matches("[a-z-]+\\.(html|js)")) {
                    return false;
                }
                try (InputStream in = TestPages.class.getResourceAsStream("/web-test/" + name)) {
                    if (in == null) {
                        return false;
                    }
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, name.endsWith(".js")
                            ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8");
                    response.write(true, ByteBuffer.wrap(in.readAllBytes()), callback);
                    return true;
                }
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the test pages cannot be served", e);
        }
    }

    /** The origin the service is told to allow, e.g. http://127.0.0.1:40123 */
    String allowedOrigin() {
        return "http://127.0.0.1:" + allowed.getLocalPort();
    }

    /** An origin the service does not know. */
    String foreignOrigin() {
        return "http://127.0.0.1:" + foreign.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("the test pages did not stop", e));
        }
    }
}
