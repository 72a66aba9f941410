package dev.outbound.adapter.http.backend;

import java.util.Arrays;
import java.util.Optional;

/**
 * The requests of the backend protocol, named after OCS's desktop-protocol requests (MakeCall and ReleaseCall are
 * the project's own), each with its HTTP method and the resource type it is sent to. The path is
 * {@code /<resource>/<id>[/<sub-resource>/<id>]?req=<name>}.
 */
public enum DesktopRequest {
    CAMPAIGN_STATUS("CampaignStatus", "GET", Resource.AGENT_CAMPAIGNS),
    PREVIEW_RECORD_REQUEST("PreviewRecordRequest", "POST", Resource.CAMPAIGN),
    CHAINED_RECORD_REQUEST("ChainedRecordRequest", "GET", Resource.RECORD),
    UPDATE_CALL_COMPLETION_STATS("UpdateCallCompletionStats", "POST", Resource.RECORD),
    RECORD_PROCESSED("RecordProcessed", "POST", Resource.RECORD),
    RECORD_REJECT("RecordReject", "POST", Resource.RECORD),
    REQUEST_RECORD_CANCEL("RequestRecordCancel", "POST", Resource.RECORD),
    RECORD_RESCHEDULE("RecordReschedule", "POST", Resource.RECORD),
    DO_NOT_CALL("DoNotCall", "POST", Resource.RECORD),
    PREVIEW_DIALING_MODE_START("PreviewDialingModeStart", "POST", Resource.AGENT),
    PREVIEW_DIALING_MODE_OVER("PreviewDialingModeOver", "POST", Resource.AGENT),
    MAKE_CALL("MakeCall", "POST", Resource.AGENT_CALL),
    RELEASE_CALL("ReleaseCall", "POST", Resource.AGENT_CALL);

    /** The shapes of path a request is sent to. */
    public enum Resource {
        /** {@code /agents/{agentId}/campaigns} */
        AGENT_CAMPAIGNS,
        /** {@code /agents/{agentId}} */
        AGENT,
        /** {@code /agents/{agentId}/calls/{callId}} */
        AGENT_CALL,
        /** {@code /campaigns/{campaignName}} */
        CAMPAIGN,
        /** {@code /records/{recordHandle}} */
        RECORD
    }

    private final String wireName;
    private final String method;
    private final Resource resource;

    DesktopRequest(String wireName, String method, Resource resource) {
        this.wireName = wireName;
        this.method = method;
        this.resource = resource;
    }

    /** The name in {@code ?req=}, e.g. RecordProcessed. */
    public String wireName() {
        return wireName;
    }

    /** GET or POST. */
    public String method() {
        return method;
    }

    /** Where it is sent. */
    public Resource resource() {
        return resource;
    }

    /** Whether the request changes something and so carries a {@code GSW_REFERENCE_ID}. */
    public boolean isPost() {
        return method.equals("POST");
    }

    /** The {@code GSW_USER_EVENT} of its success reply when it has no data of its own, e.g. RecordRejectAcknowledge. */
    public String acknowledgement() {
        return wireName + "Acknowledge";
    }

    /** The request of that name sent to that resource, if there is one. */
    public static Optional<DesktopRequest> find(Resource resource, String wireName) {
        return Arrays.stream(values()).filter(r -> r.resource == resource && r.wireName.equals(wireName)).findFirst();
    }

    /** The names of the requests a resource takes, for error messages. */
    public static String namesFor(Resource resource) {
        return String.join(", ", Arrays.stream(values()).filter(r -> r.resource == resource)
                .map(DesktopRequest::wireName).toList());
    }
}
