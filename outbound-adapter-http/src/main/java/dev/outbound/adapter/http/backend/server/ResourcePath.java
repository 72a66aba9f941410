package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.DesktopRequest.Resource;
import dev.outbound.adapter.http.backend.PathSegments;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.domain.record.RecordHandle;

/**
 * A request path of the backend protocol, read from its raw (still encoded) form so that an encoded {@code /}
 * inside an agent id or campaign name stays part of its segment.
 *
 * @param resource which kind of resource
 * @param id       the decoded id: agent id, campaign name or record handle
 * @param callId   the decoded call id of {@code /agents/{agentId}/calls/{callId}}, otherwise null
 */
record ResourcePath(Resource resource, String id, String callId) {

    /** Reads a raw path such as {@code /campaigns/Outbound%20Campaign%20Custom}. */
    static ResourcePath parse(String rawPath) {
        String[] segments = rawPath.startsWith("/") ? rawPath.substring(1).split("/", -1) : new String[0];
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw ProtocolFailure.unknownResource(rawPath);
            }
        }
        if (segments.length == 2 && segments[0].equals("agents")) {
            return new ResourcePath(Resource.AGENT, decode(segments[1], rawPath), null);
        }
        if (segments.length == 3 && segments[0].equals("agents") && segments[2].equals("campaigns")) {
            return new ResourcePath(Resource.AGENT_CAMPAIGNS, decode(segments[1], rawPath), null);
        }
        if (segments.length == 4 && segments[0].equals("agents") && segments[2].equals("calls")) {
            return new ResourcePath(Resource.AGENT_CALL, decode(segments[1], rawPath), decode(segments[3], rawPath));
        }
        if (segments.length == 2 && segments[0].equals("campaigns")) {
            return new ResourcePath(Resource.CAMPAIGN, decode(segments[1], rawPath), null);
        }
        if (segments.length == 2 && segments[0].equals("records")) {
            return new ResourcePath(Resource.RECORD, decode(segments[1], rawPath), null);
        }
        throw ProtocolFailure.unknownResource(rawPath);
    }

    /** A segment's text; a broken escape or bytes that are not UTF-8 are a malformed request (400), not a 500. */
    private static String decode(String segment, String rawPath) {
        try {
            return PathSegments.decode(segment);
        } catch (WireFormatException malformed) {
            throw ProtocolFailure.malformed("a segment of the path " + rawPath + ": " + malformed.getMessage());
        }
    }

    /** Whether the agent is named by the path (the /agents resources) rather than by the request. */
    boolean namesAgent() {
        return resource == Resource.AGENT || resource == Resource.AGENT_CAMPAIGNS || resource == Resource.AGENT_CALL;
    }

    /** The record handle of a /records path. */
    RecordHandle recordHandle() {
        if (!id.matches("[0-9]{1,18}") || Long.parseLong(id) < 1) {
            throw ProtocolFailure.malformed("a record handle in the path must be a positive whole number; was \""
                    + id + "\"");
        }
        return RecordHandle.of(Long.parseLong(id));
    }
}
