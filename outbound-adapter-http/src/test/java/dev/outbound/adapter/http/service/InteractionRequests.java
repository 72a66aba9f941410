package dev.outbound.adapter.http.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every request that names an interaction, with valid parameters around the id ({@code $ID}): the table the tests of
 * unknown, finished and other agents' interaction ids run over.
 */
final class InteractionRequests {
    private InteractionRequests() {}

    /** Request name to parameters as JSON text, {@code $ID} standing for the interaction id. */
    static final Map<String, String> TEMPLATES = templates();

    private static Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("outbound.callPreviewRecord", "[\"$ID\", 283]");
        templates.put("outbound.rejectPreviewRecord", "[\"$ID\"]");
        templates.put("outbound.cancelPreviewRecord", "[\"$ID\"]");
        templates.put("outbound.setCallResult", "[\"$ID\", \"33\"]");
        templates.put("outbound.getCallResult", "[\"$ID\"]");
        templates.put("outbound.setDoNotCall", "[\"$ID\"]");
        templates.put("outbound.removeDoNotCall", "[\"$ID\"]");
        templates.put("outbound.rescheduleRecord", "[\"$ID\", 283, \"05/27/2040 10:55\", \"PERSONAL\"]");
        templates.put("outbound.cancelReschedule", "[\"$ID\"]");
        templates.put("outbound.getChainedRecords", "[\"$ID\"]");
        templates.put("outbound.getRecordFields", "[\"$ID\"]");
        templates.put("outbound.updateRecordFields", "[\"$ID\", {\"Custom_VarChar\": \"changed\"}]");
        templates.put("interaction.getByInteractionId", "[\"$ID\"]");
        templates.put("interaction.markdone", "[\"$ID\"]");
        templates.put("voice.hangUp", "[\"$ID\"]");
        return java.util.Collections.unmodifiableMap(templates);
    }

    /** The parameters of {@code request} naming {@code interactionId}. */
    static String parameters(String request, String interactionId) {
        return TEMPLATES.get(request).replace("$ID", interactionId);
    }
}
