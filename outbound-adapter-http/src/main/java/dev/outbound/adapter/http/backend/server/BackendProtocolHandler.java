package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.adapter.http.jetty.BoundedBody;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP binding of the backend protocol: checks the shared secret, streams events on {@code GET /events} (every
 * agent's) and {@code GET /agents/{agentId}/events} (one agent's), and answers
 * {@code /<resource>/<id>?req=<request>}: GETs straight from the backend, POSTs through the {@link ReferenceLedger}
 * so that a repeated {@code GSW_REFERENCE_ID} gets its first answer. Paths and query values are read strictly
 * (percent-encoded UTF-8, a {@code +} is a plus sign). Every failure is a JSON body with {@code GSW_ERROR},
 * {@code GSW_ERROR_NUMBER} and {@code GSW_ERROR_CODE}, and the reply to a POST echoes its reference id whenever
 * the body had a valid one; stack traces stay in the log.
 */
final class BackendProtocolHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(BackendProtocolHandler.class);
    /** The query parameter naming the request. */
    static final String REQUEST_PARAMETER = "req";

    private final SharedSecret secret;
    private final BackendOperations operations;
    private final ReferenceLedger ledger;
    private final EventLog events;
    private final long maxBodyBytes;
    private final int maxPendingFrames;

    BackendProtocolHandler(SharedSecret secret, BackendOperations operations, ReferenceLedger ledger,
                           EventLog events, long maxBodyBytes, int maxPendingFrames) {
        this.secret = secret;
        this.operations = operations;
        this.ledger = ledger;
        this.events = events;
        this.maxBodyBytes = maxBodyBytes;
        this.maxPendingFrames = maxPendingFrames;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String rawPath = request.getHttpURI().getPath();
        try {
            secret.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            Optional<EventStreamPath> stream = EventStreamPath.parse(rawPath);
            if (stream.isPresent()) {
                return stream(request, response, callback, stream.get());
            }
            response.getHeaders().put(ProtocolKeys.EVENT_POSITION_HEADER, Long.toString(events.lastId()));
            return send(response, callback, answer(request, ResourcePath.parse(rawPath)));
        } catch (ProtocolFailure failure) {
            return refuse(request, response, callback, Reply.failure(failure));
        } catch (OutboundException invalid) {
            return refuse(request, response, callback, Reply.failure(invalid));
        } catch (WireFormatException malformed) {
            return refuse(request, response, callback,
                    Reply.failure(ProtocolFailure.malformed(malformed.getMessage())));
        } catch (RuntimeException unexpected) {
            LOG.error("{} {} failed unexpectedly", request.getMethod(), rawPath, unexpected);
            return refuse(request, response, callback, Reply.internalError());
        }
    }

    /**
     * Sends a failure. A request refused before its body was read (a bad secret, an unknown path or request, the
     * wrong method) has its body dropped first, so that the client's connection stays open for its next request
     * ({@link BoundedBody#discard}); for a body already read this reads nothing.
     */
    private boolean refuse(Request request, Response response, Callback callback, Reply failure) {
        BoundedBody.discard(request, maxBodyBytes);
        return send(response, callback, failure);
    }

    /** One request of the protocol. Refusals of the request itself are thrown as {@link ProtocolFailure}. */
    private Reply answer(Request request, ResourcePath path) {
        QueryParameters query = QueryParameters.parse(request.getHttpURI().getQuery());
        DesktopRequest desktopRequest = requestOf(path, query.get(REQUEST_PARAMETER).orElse(null));
        if (!desktopRequest.method().equals(request.getMethod())) {
            throw ProtocolFailure.methodNotAllowed(desktopRequest.wireName(), desktopRequest.method(),
                    request.getMethod());
        }
        query.allowOnly(desktopRequest.wireName(), desktopRequest == DesktopRequest.CHAINED_RECORD_REQUEST
                ? Set.of(REQUEST_PARAMETER, ProtocolKeys.AGENT_ID) : Set.of(REQUEST_PARAMETER));
        if (!desktopRequest.isPost()) {
            return safely(desktopRequest, () -> get(desktopRequest, path, query));
        }
        RequestBody body = readBody(desktopRequest, request);
        Optional<String> echo = body.readableReferenceId();
        try {
            String referenceId = body.referenceId();
            AgentId agent = agentOf(path, body);
            return ledger.answer(agent, referenceId, RequestFingerprint.of(path, body), () -> safely(desktopRequest,
                    () -> operations.perform(desktopRequest, path, agent, body)).withReferenceId(referenceId));
        } catch (ProtocolFailure failure) {
            return Reply.failure(failure).withReferenceId(echo);
        } catch (OutboundException refusal) {
            return Reply.failure(refusal).withReferenceId(echo);
        }
    }

    /** The request named by {@code ?req=}; on /agents/{id}/campaigns it may be left out. */
    private static DesktopRequest requestOf(ResourcePath path, String name) {
        String given = name == null && path.resource() == DesktopRequest.Resource.AGENT_CAMPAIGNS
                ? DesktopRequest.CAMPAIGN_STATUS.wireName() : name;
        return DesktopRequest.find(path.resource(), given)
                .orElseThrow(() -> ProtocolFailure.unknownRequest(path.resource(), given));
    }

    private Reply get(DesktopRequest request, ResourcePath path, QueryParameters query) {
        if (request == DesktopRequest.CAMPAIGN_STATUS) {
            return operations.campaignStatus(AgentId.of(path.id()));
        }
        String agent = query.get(ProtocolKeys.AGENT_ID).orElseThrow(() -> ProtocolFailure.malformed(
                request.wireName() + " needs ?" + ProtocolKeys.AGENT_ID + "=<agent id>"));
        return operations.chainedRecords(AgentId.of(agent), path.recordHandle());
    }

    private static AgentId agentOf(ResourcePath path, RequestBody body) {
        return path.namesAgent() ? AgentId.of(path.id()) : body.agent();
    }

    /** Runs a request's work, answering every failure with a reply. */
    private static Reply safely(DesktopRequest request, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (ProtocolFailure failure) {
            return Reply.failure(failure);
        } catch (OutboundException refusal) {
            LOG.debug("{} refused: {} {}", request.wireName(), refusal.code(), refusal.getMessage());
            return Reply.failure(refusal);
        } catch (RuntimeException unexpected) {
            LOG.error("{} failed unexpectedly", request.wireName(), unexpected);
            return Reply.internalError();
        }
    }

    private RequestBody readBody(DesktopRequest desktopRequest, Request request) {
        byte[] bytes;
        try {
            bytes = BoundedBody.read(request, maxBodyBytes)
                    .orElseThrow(() -> ProtocolFailure.bodyTooLarge(maxBodyBytes));
        } catch (IOException e) {
            throw ProtocolFailure.malformed("the body could not be read to its end (the connection failed, or its "
                    + "chunked encoding is broken)");
        }
        try {
            ObjectNode json = WireJson.parseObject(utf8(desktopRequest, bytes));
            return new RequestBody(desktopRequest, json);
        } catch (WireFormatException malformed) {
            throw ProtocolFailure.malformed(desktopRequest.wireName() + ": " + malformed.getMessage());
        }
    }

    /** The body's text; bytes that are not UTF-8 are refused rather than read as U+FFFD into a field value. */
    private static String utf8(DesktopRequest desktopRequest, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw ProtocolFailure.malformed(desktopRequest.wireName() + ": the body is not valid UTF-8; bodies are "
                    + "JSON in UTF-8");
        }
    }

    /** An event stream: headers now, events as they come, until the client leaves or the server stops. */
    private boolean stream(Request request, Response response, Callback callback, EventStreamPath path) {
        if (!request.getMethod().equals("GET")) {
            throw ProtocolFailure.methodNotAllowed(path.describe(), "GET", request.getMethod());
        }
        QueryParameters.parse(request.getHttpURI().getQuery()).allowOnly(path.describe(), Set.of());
        OptionalLong lastEventId = lastEventId(request);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        events.open(new SseConnection(response, callback, maxPendingFrames), path.agent(), lastEventId);
        return true;
    }

    private static OptionalLong lastEventId(Request request) {
        String header = request.getHeaders().get("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            throw ProtocolFailure.malformed("Last-Event-ID must be the id of an event; was \"" + header + "\"");
        }
    }

    private static boolean send(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (reply.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"outbound-backend\"");
        }
        Content.Sink.write(response, true, reply.body().toString(), callback);
        return true;
    }
}
