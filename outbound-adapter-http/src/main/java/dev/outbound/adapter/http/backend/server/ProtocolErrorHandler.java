package dev.outbound.adapter.http.backend.server;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to requests Jetty refuses before the protocol handler sees them: a path with a broken escape
 * ({@code %ZZ}) or bytes that are not UTF-8 ({@code %C3%28}), an ambiguous path, a request line or headers it cannot
 * read. They get the protocol's error body ({@code GSW_ERROR}, {@code GSW_ERROR_NUMBER}, {@code GSW_ERROR_CODE})
 * instead of Jetty's HTML page, so that every reply of the server is JSON; no stack trace, no server version.
 */
final class ProtocolErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String message ? message : null;
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            reason = reason == null ? http.getReason() : reason;
        }
        Reply reply = Reply.failure(ProtocolFailure.refusedByHttpLayer(status, reason));
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (request.getMethod().equals("HEAD") || HttpStatus.hasNoBody(reply.status())) {
            callback.succeeded();
        } else {
            Content.Sink.write(response, true, reply.body().toString(), callback);
        }
        return true;
    }
}
