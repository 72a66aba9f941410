package dev.outbound.adapter.http.backend.client;

import dev.outbound.adapter.http.backend.DesktopRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request as it is sent, and sent again when repeated: the desktop request, the path with its query, the body
 * of a POST (with its {@code GSW_REFERENCE_ID}, so a repeat carries the same one), and what it is about, for
 * messages.
 *
 * @param request      which request
 * @param pathAndQuery e.g. {@code /records/1001?req=RecordReject}, segments already encoded
 * @param body         the JSON body of a POST; null for a GET
 * @param subject      what the request is about, e.g. {@code agent a, record 1001}
 */
record WireRequest(DesktopRequest request, String pathAndQuery, ObjectNode body, String subject) {
    WireRequest {
        if (request.isPost() != (body != null)) {
            throw new IllegalArgumentException(request.wireName() + (request.isPost() ? " needs" : " has no")
                    + " body");
        }
    }

    /** How a message names it: {@code RecordReject (agent a, record 1001)}. */
    String describe() {
        return request.wireName() + " (" + subject + ")";
    }
}
