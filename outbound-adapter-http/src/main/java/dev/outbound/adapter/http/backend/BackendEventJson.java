package dev.outbound.adapter.http.backend;

import static dev.outbound.adapter.http.backend.ProtocolKeys.AGENT_ID;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALL_ID;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALL_RESULT;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CAMPAIGN;
import static dev.outbound.adapter.http.backend.ProtocolKeys.RECORD_HANDLE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.USER_EVENT;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a backend pushes ({@link BackendListener}'s calls) as events of the streams {@code GET /events} (every
 * agent's) and {@code GET /agents/{agentId}/events} (one agent's, and those of no one agent): each has a
 * name, which is both the SSE {@code event:} line and the data's {@code GSW_USER_EVENT}, and a JSON object of
 * {@code GSW_*} keys. The server writes them with the factory methods; the client reads them back with
 * {@link #read}.
 */
public final class BackendEventJson {
    /** A record pushed to an agent. */
    public static final String PREVIEW_RECORD = "PreviewRecord";
    /** OCS's RecordCancel: the backend withdrew a record the agent held. */
    public static final String RECORD_CANCEL = "RecordCancel";
    /** A placed call was answered. */
    public static final String CALL_CONNECTED = "CallConnected";
    /** A placed call ended without the agent releasing it. */
    public static final String CALL_ENDED = "CallEnded";
    /** Sent by the server, without an id, when events a reconnecting client asked for are no longer kept. */
    public static final String EVENTS_LOST = "EventsLost";

    /** One event: its name and its data. */
    public record Event(String name, ObjectNode data) {
        /**
         * The agent the event is about ({@code GSW_AGENT_ID}: pushed records, withdrawn records, calls), or empty
         * for an event that concerns every agent (campaign events).
         */
        public Optional<AgentId> agent() {
            JsonNode agent = data.get(AGENT_ID);
            return agent != null && agent.isString() ? Optional.of(AgentId.of(agent.stringValue()))
                    : Optional.empty();
        }
    }

    private BackendEventJson() {}

    /** A record pushed to an agent: PreviewRecord. */
    public static Event pushed(AgentId agent, DeliveredRecord record) {
        return new Event(PREVIEW_RECORD, DeliveredRecordJson.writeInto(start(PREVIEW_RECORD)
                .put(AGENT_ID, agent.value()), record));
    }

    /** A campaign event: CampaignStarted, CampaignStopped, ... */
    public static Event campaignChanged(CampaignEvent event) {
        String name = event.type().wireName();
        ObjectNode data = start(name);
        data.set(CAMPAIGN, CampaignJson.write(event.campaign()));
        return new Event(name, data);
    }

    /** A record the backend withdrew from an agent: RecordCancel. */
    public static Event withdrawn(AgentId agent, RecordHandle handle) {
        return new Event(RECORD_CANCEL, start(RECORD_CANCEL).put(AGENT_ID, agent.value())
                .put(RECORD_HANDLE, handle.value()));
    }

    /** A placed call was answered: CallConnected. */
    public static Event callConnected(AgentId agent, InteractionId callId) {
        return new Event(CALL_CONNECTED, start(CALL_CONNECTED).put(AGENT_ID, agent.value())
                .put(CALL_ID, callId.value()));
    }

    /** A placed call ended with an outcome: CallEnded. */
    public static Event callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
        return new Event(CALL_ENDED, start(CALL_ENDED).put(AGENT_ID, agent.value()).put(CALL_ID, callId.value())
                .put(CALL_RESULT, outcome.code()));
    }

    /**
     * What an event tells a listener, or nothing for an event this version does not know (a newer server may
     * send more). Fails with {@link WireFormatException} or a domain error when a known event is malformed.
     */
    public static Optional<Consumer<BackendListener>> read(JsonNode data) {
        String name = WireJson.text(data, USER_EVENT);
        switch (name) {
            case PREVIEW_RECORD -> {
                AgentId agent = agent(data);
                DeliveredRecord record = DeliveredRecordJson.read(data);
                return Optional.of(listener -> listener.recordPushed(agent, record));
            }
            case RECORD_CANCEL -> {
                AgentId agent = agent(data);
                RecordHandle handle = RecordHandle.of(WireJson.wholeNumber(data, RECORD_HANDLE));
                return Optional.of(listener -> listener.recordWithdrawn(agent, handle));
            }
            case CALL_CONNECTED -> {
                AgentId agent = agent(data);
                InteractionId call = InteractionId.of(WireJson.text(data, CALL_ID));
                return Optional.of(listener -> listener.callConnected(agent, call));
            }
            case CALL_ENDED -> {
                AgentId agent = agent(data);
                InteractionId call = InteractionId.of(WireJson.text(data, CALL_ID));
                CallResult outcome = CallResult.ofCode(WireJson.wholeNumber(data, CALL_RESULT));
                return Optional.of(listener -> listener.callEnded(agent, call, outcome));
            }
            default -> {
                return campaignEventType(name).map(type -> {
                    CampaignEvent event = new CampaignEvent(type, CampaignJson.read(WireJson.require(data,
                            CAMPAIGN)));
                    return listener -> listener.campaignChanged(event);
                });
            }
        }
    }

    private static Optional<CampaignEvent.Type> campaignEventType(String name) {
        return Arrays.stream(CampaignEvent.Type.values()).filter(type -> type.wireName().equals(name)).findFirst();
    }

    private static AgentId agent(JsonNode data) {
        return AgentId.of(WireJson.text(data, AGENT_ID));
    }

    private static ObjectNode start(String name) {
        return WireJson.object().put(USER_EVENT, name);
    }
}
