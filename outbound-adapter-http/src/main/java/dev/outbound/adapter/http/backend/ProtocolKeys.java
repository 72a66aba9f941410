package dev.outbound.adapter.http.backend;

import java.util.Set;

/**
 * The {@code GSW_*} keys of the backend protocol that are not record keys: what requests carry besides field
 * values, what replies and events are made of, and the error keys.
 *
 * <p>In the bodies of UpdateCallCompletionStats and RecordProcessed, the {@linkplain #REQUEST_KEYS request keys}
 * are the request's own parameters and every other key is a field value, so a field may be called
 * {@code GSW_PHONE} or {@code GSW_FROM}, but never one of the request keys.
 */
public final class ProtocolKeys {
    /** The agent a request acts for (body of record and campaign requests, query of ChainedRecordRequest). */
    public static final String AGENT_ID = "GSW_AGENT_ID";
    /** The client's unique id of a POST; a repeated id gets the first answer. */
    public static final String REFERENCE_ID = "GSW_REFERENCE_ID";
    /** A call result code (a number of the OCS table). */
    public static final String CALL_RESULT = "GSW_CALL_RESULT";
    /** What a cancel or Do Not Call finishes: AllChain or RecordOnly. */
    public static final String CHAIN_ATTR = "GSW_CHAIN_ATTR";
    /** A callback instant in whole seconds since the epoch (UTC). */
    public static final String DATE_TIME = "GSW_DATE_TIME";
    /** A callback type: CAMPAIGN or PERSONAL. */
    public static final String CALLBACK_TYPE = "GSW_CALLBACK_TYPE";

    /** The keys that are a request's parameters; in field-carrying bodies every other key is a field. */
    public static final Set<String> REQUEST_KEYS = Set.of(AGENT_ID, REFERENCE_ID, CALL_RESULT, CHAIN_ATTR,
            DATE_TIME, CALLBACK_TYPE);

    /** MakeCall: the record whose phone is dialed. */
    public static final String RECORD_HANDLE = "GSW_RECORD_HANDLE";
    /** MakeCall: the number to dial. */
    public static final String PHONE = "GSW_PHONE";
    /** Call events: the call's id (the agent's interaction id). */
    public static final String CALL_ID = "GSW_CALL_ID";

    /** Replies and events: what the message is (PreviewRecord, RecordProcessedAcknowledge, CampaignStarted...). */
    public static final String USER_EVENT = "GSW_USER_EVENT";
    /** A campaign object. */
    public static final String CAMPAIGN = "GSW_CAMPAIGN";
    /** CampaignStatus: the list of campaign objects. */
    public static final String CAMPAIGNS = "GSW_CAMPAIGNS";
    /** The field configuration of a calling list (a list of field definitions). */
    public static final String FIELDS = "GSW_FIELDS";
    /** A chain as flat records, the delivered record first. */
    public static final String RECORDS = "GSW_RECORDS";

    /** Campaign objects: the name. */
    public static final String CAMPAIGN_NAME = "GSW_CAMPAIGN_NAME";
    /** Campaign objects: the free-text description. */
    public static final String CAMPAIGN_DESCRIPTION = "GSW_CAMPAIGN_DESCRIPTION";
    /** Campaign objects: the group, {@code Campaign@AgentGroup}. */
    public static final String CAMPAIGN_GROUP_NAME = "GSW_CAMPAIGN_GROUP_NAME";
    /** Campaign objects: the dialing mode by its WWE name (Preview, PushPreview, ...). */
    public static final String CAMPAIGN_MODE = "GSW_CAMPAIGN_MODE";
    /** Campaign objects: Loaded or Started. */
    public static final String CAMPAIGN_STATE = "GSW_CAMPAIGN_STATE";

    /** Errors: the text for people. */
    public static final String ERROR = "GSW_ERROR";
    /** Errors: the number of the error table. */
    public static final String ERROR_NUMBER = "GSW_ERROR_NUMBER";
    /** Errors: the name of the {@link dev.outbound.domain.ErrorCode}. */
    public static final String ERROR_CODE = "GSW_ERROR_CODE";

    /** EventsLost: the oldest event id the server still holds. */
    public static final String FIRST_EVENT_ID = "GSW_FIRST_EVENT_ID";

    /**
     * The response header of every authenticated reply but the event stream: the id of the last event the server
     * had numbered when the request arrived. Events the request causes come after it.
     */
    public static final String EVENT_POSITION_HEADER = "X-Event-Position";

    /** OCS's text of an empty pull; the GSW_ERROR of NO_RECORDS_AVAILABLE starts with it. */
    public static final String NO_RECORDS_AVAILABLE_TEXT = "No Records Available";

    private ProtocolKeys() {}
}
