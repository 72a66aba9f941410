package dev.outbound.adapter.http.client;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.DesktopInteraction;
import dev.outbound.port.spi.ServiceClientException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** One agent signed in to a service over HTTP: every request carries the agent's bearer token. */
final class HttpAgentDesktop implements AgentDesktop {
    private final AgentId agent;
    private final String authorization;
    private final ServiceHttpClient client;

    HttpAgentDesktop(AgentId agent, String authorization, ServiceHttpClient client) {
        this.agent = agent;
        this.authorization = authorization;
        this.client = client;
    }

    @Override
    public AgentId agent() {
        return agent;
    }

    @Override
    public DesktopInteraction getPreviewRecord(String campaignName) {
        return interaction("outbound.getPreviewRecord", campaignName);
    }

    @Override
    public DesktopInteraction callPreviewRecord(InteractionId preview, RecordHandle record) {
        return interaction("outbound.callPreviewRecord", preview.value(), record.value());
    }

    @Override
    public void rejectPreviewRecord(InteractionId preview) {
        send("outbound.rejectPreviewRecord", preview.value());
    }

    @Override
    public void cancelPreviewRecord(InteractionId preview) {
        send("outbound.cancelPreviewRecord", preview.value());
    }

    @Override
    public void setCallResult(InteractionId call, String callResult) {
        send("outbound.setCallResult", call.value(), callResult);
    }

    @Override
    public void setDoNotCall(InteractionId call) {
        send("outbound.setDoNotCall", call.value());
    }

    @Override
    public void rescheduleRecord(InteractionId call, RecordHandle record, String rescheduleDate,
                                 String callbackType) {
        send("outbound.rescheduleRecord", call.value(), record.value(), rescheduleDate, callbackType);
    }

    @Override
    public void hangUp(InteractionId call) {
        send("voice.hangUp", call.value());
    }

    @Override
    public void markDone(InteractionId interaction) {
        send("interaction.markdone", interaction.value());
    }

    private JsonNode send(String request, Object... parameters) {
        return client.send(authorization, request, List.of(parameters));
    }

    /** Sends a request that answers an interaction and reads the part a desktop needs. */
    private DesktopInteraction interaction(String request, Object... parameters) {
        JsonNode data = send(request, parameters);
        try {
            Optional<LocalDateTime> customerTime = OcsFormats.parseDateTime(
                    text(data.path("timeZone").path("customerTime"), "timeZone.customerTime"));
            return new DesktopInteraction(InteractionId.of(text(data.path("interactionId"), "interactionId")),
                    ChainId.of(number(data.path("chainId"), "chainId")),
                    RecordHandle.of(number(data.path("recordHandle"), "recordHandle")),
                    customerTime.orElseThrow(() -> unreadable(request, "timeZone.customerTime")));
        } catch (OutboundException invalid) {
            // an id out of range, for instance: the service broke its own protocol, not the agent's rules
            throw new ServiceClientException(request + " answered an interaction that cannot be read: "
                    + invalid.getMessage(), invalid);
        }
    }

    private static String text(JsonNode node, String what) {
        if (!node.isString()) {
            throw new ServiceClientException("the interaction's " + what + " is not a string");
        }
        return node.stringValue();
    }

    private static long number(JsonNode node, String what) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ServiceClientException("the interaction's " + what + " is not a whole number");
        }
        return node.longValue();
    }

    private static ServiceClientException unreadable(String request, String what) {
        return new ServiceClientException(request + " answered an interaction whose " + what + " is not MM/DD/YYYY "
                + "HH:MM");
    }
}
