package dev.outbound.adapter.http.service;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's error handler: answers what Jetty refuses before any handler sees it (a URI with a bad %-escape or
 * an ambiguous path, headers too large, an HTTP version it does not speak...) with a failure envelope, as every
 * other answer of the service, instead of Jetty's HTML page. The code is {@code BAD_HTTP_REQUEST} for the client's
 * mistakes and {@code INTERNAL_ERROR} for the server's; the message is ours, with Jetty's reason only when it is
 * plain words (such as "Ambiguous URI path separator").
 */
final class JsonErrorPages implements Request.Handler {
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9 ,'-]{0,78}");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer given ? given
                : response.getStatus();
        Object reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        ObjectNode body = Json.object()
                .put("errorMessage", message(status, reason instanceof String text ? text : null))
                .put("errorCode", status >= 500 && status != 505 ? "INTERNAL_ERROR" : "BAD_HTTP_REQUEST")
                .put("userAgent", "WWE Server").put("protocolVersion", 2);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(body)), callback);
        return true;
    }

    /** What went wrong, for a person: by status, with Jetty's reason when it says more than the status does. */
    static String message(int status, String reason) {
        String said = switch (status) {
            case 400 -> "the request is not valid HTTP and was not read: its request line, URI or headers are "
                    + "malformed";
            case 413 -> "the request is larger than this server reads";
            case 414 -> "the request URI is longer than this server reads";
            case 431 -> "the request headers are larger than this server reads";
            case 501 -> "the request uses a feature of HTTP this server does not support, such as an unknown "
                    + "Transfer-Encoding";
            case 505 -> "the request's HTTP version is not supported; send HTTP/1.1";
            default -> status >= 500 ? "the server could not answer this request; the failure is logged on the server"
                    : "the request was refused (HTTP status " + status + ")";
        };
        if (status < 500 && reason != null && PLAIN_WORDS.matcher(reason).matches()
                && !reason.toLowerCase(Locale.ROOT).contains("exception")
                && !said.toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT))
                && !isStatusPhrase(reason)) {
            said += " (" + Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ")";
        }
        return said;
    }

    private static boolean isStatusPhrase(String reason) {
        return switch (reason.toLowerCase(Locale.ROOT)) {
            case "bad request", "uri too long", "request header fields too large", "http version not supported",
                    "not implemented", "payload too large", "content too large" -> true;
            default -> false;
        };
    }
}
