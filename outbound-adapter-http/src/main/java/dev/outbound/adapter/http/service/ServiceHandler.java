package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.jetty.BoundedBody;
import dev.outbound.adapter.http.json.StrictJson;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP binding of the Service Client API: {@code POST /api/v2/service} takes one envelope and answers one,
 * {@code GET /api/v2/events} streams the agent's subscribed events, and the web files are served from the jar.
 * Every failure on the API paths is an envelope with {@code errorCode}; stack traces stay in the log.
 */
final class ServiceHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHandler.class);
    static final String SERVICE_PATH = "/api/v2/service";
    static final String EVENTS_PATH = "/api/v2/events";

    private final RequestCatalog catalog;
    private final AgentDirectory agents;
    private final EventHub events;
    private final StaticResources web = new StaticResources();
    private final long maxBodyBytes;
    private final String allowedOrigins;

    ServiceHandler(RequestCatalog catalog, AgentDirectory agents, EventHub events, long maxBodyBytes,
                   List<String> allowedOrigins) {
        this.catalog = catalog;
        this.agents = agents;
        this.events = events;
        this.maxBodyBytes = maxBodyBytes;
        this.allowedOrigins = Json.MAPPER.valueToTree(allowedOrigins).toString();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.equals(SERVICE_PATH)) {
            if (!method.equals("POST")) {
                return refuseMethod(request, response, callback, SERVICE_PATH + " takes POST with one envelope",
                        "POST");
            }
            return reply(response, callback, service(request));
        }
        if (path.equals(EVENTS_PATH)) {
            if (!method.equals("GET")) {
                return refuseMethod(request, response, callback, EVENTS_PATH + " takes GET", "GET");
            }
            return stream(request, response, callback);
        }
        Optional<StaticResources.Resource> found = web.find(path);
        if (found.isEmpty()) {
            return refuseUnread(request, response, callback, RequestFailure.unknownPath(path));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return refuseMethod(request, response, callback, StrictJson.excerpt(path) + " takes GET", "GET, HEAD");
        }
        StaticResources.Resource file = found.get();
        byte[] bytes = path.equals("/workspace.html") ? withAllowedOrigins(file.bytes()) : file.bytes();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    /**
     * One envelope in, one out. The body is read and the envelope parsed before the token is checked, so that even
     * a refusal for a missing or bad token names the request and echoes its referenceId (a page waiting on it fails
     * at once instead of timing out); nothing else is done for a request without a valid token. A body too large
     * is refused first (413), then a bad token (401), then a body that is encoded (415) or not an envelope (400).
     */
    private Replies.Reply service(Request request) {
        Envelope envelope = null;
        try {
            byte[] body = body(request);
            String encoding = contentEncoding(request);
            RequestFailure unreadable = null;
            if (encoding != null) {
                unreadable = RequestFailure.unsupportedContentEncoding(encoding);
            } else {
                try {
                    envelope = Envelope.parse(body);
                } catch (RequestFailure failure) {
                    unreadable = failure;
                }
            }
            AgentId agent = authenticate(bearerToken(request));
            if (unreadable != null) {
                throw unreadable;
            }
            return envelope.request() != null ? dispatch(agent, envelope) : subscription(agent, envelope);
        } catch (RequestFailure failure) {
            return Replies.failure(envelope, failure);
        } catch (OutboundException refusal) {
            return Replies.failure(envelope, refusal);
        } catch (RuntimeException unexpected) {
            LOG.error("request {} failed unexpectedly", envelope == null ? "?" : envelope.request(), unexpected);
            return Replies.internalError(envelope);
        }
    }

    private Replies.Reply dispatch(AgentId agent, Envelope envelope) {
        RequestHandler handler = catalog.find(envelope.request())
                .orElseThrow(() -> RequestFailure.unknownRequest(envelope.request()));
        JsonNode data = handler.handle(agent, new Parameters(envelope.request(), envelope.parameters()));
        return Replies.success(envelope, data);
    }

    private Replies.Reply subscription(AgentId agent, Envelope envelope) {
        JsonNode data = envelope.data();
        switch (envelope.event()) {
            case "subscribe" -> {
                List<String> topics = new ArrayList<>();
                if (data != null && data.isString()) {
                    topics.add(data.stringValue());
                } else if (data != null && data.isArray() && !data.isEmpty()) {
                    for (JsonNode topic : data) {
                        if (!topic.isString()) {
                            throw RequestFailure.invalidEnvelope("subscribe takes topic names; found "
                                    + Json.describe(topic));
                        }
                        topics.add(topic.stringValue());
                    }
                } else {
                    throw RequestFailure.invalidEnvelope("subscribe needs \"data\": a topic such as \"outbound\" "
                            + "or an array of topics; was " + Json.describe(data));
                }
                return Replies.subscribed(envelope, events.subscribe(agent, topics));
            }
            case "unsubscribe" -> {
                if (data == null || !data.isString()) {
                    throw RequestFailure.invalidEnvelope("unsubscribe needs \"data\": the subscriptionId; was "
                            + Json.describe(data));
                }
                events.unsubscribe(agent, data.stringValue());
                return Replies.unsubscribed(envelope);
            }
            default -> throw RequestFailure.invalidEnvelope("\"event\" must be subscribe or unsubscribe; was "
                    + StrictJson.quote(envelope.event()));
        }
    }

    /**
     * The event stream: headers now, frames as events come, until the client leaves. The response says
     * {@code Connection: close}: the connection carries this one stream and nothing after it, which lets the
     * stream watch the connection for the client closing it (see {@link SseStream#closeWhenClientLeaves}).
     */
    private boolean stream(Request request, Response response, Callback callback) {
        AgentId agent;
        long lastEventId;
        try {
            agent = authenticate(streamToken(request));
            lastEventId = lastEventId(request);
        } catch (RequestFailure failure) {
            return reply(response, callback, Replies.failure(null, failure));
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        try {
            events.open(agent, onClose -> {
                SseStream stream = new SseStream(response, callback, onClose);
                stream.closeWhenClientLeaves(request);
                return stream;
            }, lastEventId);
        } catch (RequestFailure failure) {
            response.getHeaders().remove(HttpHeader.CONNECTION);
            return reply(response, callback, Replies.failure(null, failure));
        }
        return true;
    }

    private AgentId authenticate(String token) {
        if (token == null) {
            throw RequestFailure.unauthorized("a bearer token is required: Authorization: Bearer <token>");
        }
        return agents.authenticate(token)
                .orElseThrow(() -> RequestFailure.unauthorized("the bearer token is not one this server knows"));
    }

    /**
     * The token of the one {@code Authorization: Bearer} header, or null without one. More than one header is
     * refused: which of them would count is not for the server to guess (before, the first won, even when the
     * second named another agent).
     */
    private static String bearerToken(Request request) {
        String header = null;
        int count = 0;
        for (HttpField field : request.getHeaders()) {
            if (field.getHeader() == HttpHeader.AUTHORIZATION) {
                count++;
                header = header == null ? field.getValue() : header;
            }
        }
        if (count == 0) {
            return null;
        }
        if (count > 1) {
            throw RequestFailure.unauthorized("the request carries " + count + " Authorization headers; "
                    + "send exactly one: Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw RequestFailure.unauthorized("the Authorization header must be \"Bearer <token>\"");
        }
        return header.substring(7).strip();
    }

    /** The event stream's token: the header's, or the query's {@code access_token} for EventSource; not both. */
    private static String streamToken(Request request) {
        String header = bearerToken(request);
        List<String> query;
        try {
            query = Request.extractQueryParameters(request).getValuesOrEmpty("access_token");
        } catch (RuntimeException badQuery) {
            throw RequestFailure.unauthorized("the query could not be read (a malformed %-escape?); send the token as "
                    + "?access_token=<token>, URL-encoded");
        }
        if (query.size() > 1) {
            throw RequestFailure.unauthorized("the query carries access_token " + query.size() + " times; send it "
                    + "once");
        }
        if (header != null && !query.isEmpty()) {
            throw RequestFailure.unauthorized("the token is sent twice, in the Authorization header and as "
                    + "access_token; send one of them");
        }
        return header != null ? header : query.isEmpty() ? null : query.get(0);
    }

    private static long lastEventId(Request request) {
        String header = request.getHeaders().get("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw RequestFailure.invalidHeader("Last-Event-ID", "the number of an event", header);
        }
    }

    private byte[] body(Request request) {
        try {
            return BoundedBody.read(request, maxBodyBytes)
                    .orElseThrow(() -> RequestFailure.bodyTooLarge(maxBodyBytes));
        } catch (IOException e) {
            LOG.debug("a request body could not be read: {}", e.toString());
            throw RequestFailure.malformedJson("the body could not be read to its end (the connection failed, or "
                    + "its chunked encoding is broken)");
        }
    }

    private byte[] withAllowedOrigins(byte[] page) {
        return new String(page, StandardCharsets.UTF_8).replace("\"__ALLOWED_ORIGINS__\"", allowedOrigins)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Content-Encoding of the body when it is anything but identity, else null. The body is read as it comes:
     * a gzip body would otherwise be refused as JSON that is not valid, for its first byte.
     */
    private static String contentEncoding(Request request) {
        if (!request.getHeaders().contains(HttpHeader.CONTENT_ENCODING)) {
            return null;
        }
        List<HttpField> fields = request.getHeaders().getFields(HttpHeader.CONTENT_ENCODING);
        for (HttpField field : fields) {
            for (String coding : field.getValue().split(",")) {
                if (!coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
                    return field.getValue().strip();
                }
            }
        }
        return null;
    }

    /** A 405 with the {@code Allow} header that RFC 9110 requires of it. */
    private boolean refuseMethod(Request request, Response response, Callback callback, String message,
                                 String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        return refuseUnread(request, response, callback, RequestFailure.methodNotAllowed(message));
    }

    /**
     * A refusal given before the body is read (a path or method this server does not take). The body is dropped
     * first, so that the connection can carry the client's next request ({@link BoundedBody#discard}).
     */
    private boolean refuseUnread(Request request, Response response, Callback callback, RequestFailure failure) {
        BoundedBody.discard(request, maxBodyBytes);
        return reply(response, callback, Replies.failure(null, failure));
    }

    private static boolean reply(Response response, Callback callback, Replies.Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (reply.status() == 401) {
            // RFC 9110: a 401 names the scheme it wants; HTTP clients treat a 401 without it as a protocol error.
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"outbound\"");
        }
        if (reply.status() == 415) {
            // RFC 7694: a 415 for a content coding says which codings the server reads.
            response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, "identity");
        }
        response.write(true, ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(reply.body())), callback);
        return true;
    }
}
