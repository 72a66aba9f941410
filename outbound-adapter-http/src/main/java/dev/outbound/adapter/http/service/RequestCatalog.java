package dev.outbound.adapter.http.service;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.in.RecordFieldsUseCase;
import dev.outbound.port.in.RescheduleRecordUseCase;
import dev.outbound.port.in.SetCallResultUseCase;
import dev.outbound.port.in.UseCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request the service accepts, by the name the Service Client API sends, each with the parameters it takes
 * and the use case it calls: the 17 of the Outbound namespace and the few of other namespaces the outbound flow
 * needs.
 */
final class RequestCatalog {
    private final Map<String, RequestHandler> handlers = new LinkedHashMap<>();
    private final UseCases useCases;
    private final JsonViews views;
    private final AgentDirectory agents;

    RequestCatalog(UseCases useCases, JsonViews views, AgentDirectory agents) {
        this.useCases = useCases;
        this.views = views;
        this.agents = agents;
        outbound();
        others();
    }

    /** The handler of a request name. */
    Optional<RequestHandler> find(String request) {
        return Optional.ofNullable(handlers.get(request));
    }

    /** Every request name, in catalog order. */
    List<String> names() {
        return List.copyOf(handlers.keySet());
    }

    private void outbound() {
        add("outbound.getCampaigns", (agent, p) -> {
            p.expect();
            return views.campaigns(useCases.getCampaigns().getCampaigns(agent));
        });
        add("outbound.getPreviewRecord", (agent, p) -> {
            p.expect("campaignName");
            return views.interaction(useCases.getPreviewRecord().getPreviewRecord(
                    new GetPreviewRecordUseCase.Command(agent, p.text(0, "campaignName", 255))));
        });
        add("outbound.callPreviewRecord", (agent, p) -> {
            p.expect("interactionId", "recordHandle");
            return views.interaction(useCases.callPreviewRecord().callPreviewRecord(
                    new CallPreviewRecordUseCase.Command(ref(agent, p), p.recordHandle(1))));
        });
        add("outbound.rejectPreviewRecord", (agent, p) -> {
            p.expectBetween(0, "interactionId");
            useCases.rejectPreviewRecord().rejectPreviewRecord(new PreviewRef(agent, p.optionalInteractionId(0)));
            return nothing();
        });
        add("outbound.cancelPreviewRecord", (agent, p) -> {
            p.expectBetween(0, "interactionId");
            useCases.cancelPreviewRecord().cancelPreviewRecord(new PreviewRef(agent, p.optionalInteractionId(0)));
            return nothing();
        });
        add("outbound.startDirectPushPreview", (agent, p) -> {
            p.expect();
            useCases.directPushPreview().startDirectPushPreview(agent);
            return nothing();
        });
        add("outbound.stopDirectPushPreview", (agent, p) -> {
            p.expect();
            useCases.directPushPreview().stopDirectPushPreview(agent);
            return nothing();
        });
        add("outbound.getListOfCallResults", (agent, p) -> {
            p.expect();
            ObjectNode table = Json.object();
            useCases.getListOfCallResults().getListOfCallResults().asNameToCode().forEach(table::put);
            return table;
        });
        add("outbound.setCallResult", (agent, p) -> {
            p.expect("interactionId", "callResult");
            useCases.setCallResult().setCallResult(new SetCallResultUseCase.Command(ref(agent, p),
                    p.callResult(1)));
            return nothing();
        });
        add("outbound.getCallResult", (agent, p) -> {
            p.expect("interactionId");
            return Json.NODES.numberNode(useCases.getCallResult().getCallResult(ref(agent, p)).code());
        });
        add("outbound.setDoNotCall", (agent, p) -> {
            p.expect("interactionId");
            useCases.doNotCall().setDoNotCall(ref(agent, p));
            return nothing();
        });
        add("outbound.removeDoNotCall", (agent, p) -> {
            p.expect("interactionId");
            useCases.doNotCall().removeDoNotCall(ref(agent, p));
            return nothing();
        });
        add("outbound.rescheduleRecord", (agent, p) -> {
            p.expect("interactionId", "recordHandle", "rescheduleDate", "callbackType");
            useCases.rescheduleRecord().rescheduleRecord(new RescheduleRecordUseCase.Command(ref(agent, p),
                    p.recordHandle(1), p.text(2, "rescheduleDate", 64), p.text(3, "callbackType", 64)));
            return nothing();
        });
        add("outbound.cancelReschedule", (agent, p) -> {
            p.expect("interactionId");
            useCases.rescheduleRecord().cancelReschedule(ref(agent, p));
            return nothing();
        });
        add("outbound.getChainedRecords", (agent, p) -> {
            p.expect("interactionId");
            return views.chain(useCases.getChainedRecords().getChainedRecords(ref(agent, p)));
        });
        add("outbound.getRecordFields", (agent, p) -> {
            p.expect("interactionId");
            return views.fields(useCases.recordFields().getRecordFields(ref(agent, p)));
        });
        add("outbound.updateRecordFields", (agent, p) -> {
            p.expect("interactionId", "recordData");
            useCases.recordFields().updateRecordFields(new RecordFieldsUseCase.UpdateCommand(ref(agent, p),
                    p.recordData(1)));
            return nothing();
        });
    }

    private void others() {
        add("interaction.getInteractions", (agent, p) -> {
            p.expect();
            ArrayNode array = Json.NODES.arrayNode();
            useCases.interactions().getInteractions(agent).forEach(i -> array.add(views.interaction(i)));
            return array;
        });
        add("interaction.getByInteractionId", (agent, p) -> {
            p.expect("interactionId");
            return views.interaction(useCases.interactions().getByInteractionId(ref(agent, p)));
        });
        add("interaction.markdone", (agent, p) -> {
            p.expect("interactionId");
            useCases.markDone().markDone(ref(agent, p));
            return nothing();
        });
        add("voice.hangUp", (agent, p) -> {
            p.expect("interactionId");
            useCases.hangUp().hangUp(ref(agent, p));
            return nothing();
        });
        add("agent.get", (agent, p) -> {
            p.expect();
            return Json.object().put("agentId", agent.value()).put("name", agents.nameOf(agent));
        });
        add("system.getAllowedServices", (agent, p) -> {
            p.expect();
            ArrayNode array = Json.NODES.arrayNode();
            handlers.keySet().forEach(array::add);
            return array;
        });
    }

    private void add(String request, RequestHandler handler) {
        handlers.put(request, handler);
    }

    private static InteractionRef ref(AgentId agent, Parameters p) {
        InteractionId id = p.interactionId(0);
        return new InteractionRef(agent, id);
    }

    private static JsonNode nothing() {
        return Json.NODES.nullNode();
    }
}
