package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table of every request's parameters, and of what goes wrong with them: too few, too many, null, or of the wrong
 * JSON type. Each row is refused before it reaches a use case, with WRONG_PARAMETER_COUNT or INVALID_PARAMETER
 * (400) and a message that names the parameter's position and name, and changes nothing.
 *
 * <p>The valid parameters of a row name agent 1's one preview ({@code $ID}, record 283), so that a row taken by
 * mistake would show in the state.
 */
class ParametersOverHttpTest {
    /** What a parameter is, and the values of the wrong type or shape for it, as JSON text. */
    enum Kind {
        INTERACTION_ID("\"$ID\"", "null", "1", "1.5", "true", "{}", "[]", "\"\"", "\" $ID\"", "\"$ID \"",
                "\"" + "9".repeat(65) + "\""),
        RECORD_HANDLE("283", "null", "\"283\"", "283.5", "2.835e2", "0", "0.0", "-1", "-1e0", "true", "{}",
                "[283]", "1e400", "9223372036854775808"),
        CAMPAIGN_NAME("\"" + SEED_CAMPAIGN + "\"", "null", "1", "true", "{}", "[]", "\"\"", "\" \"", "\"\\t\\n\"",
                "\"" + "c".repeat(256) + "\""),
        CALL_RESULT("\"33\"", "null", "33.5", "3.35e1", "true", "{}", "[\"33\"]", "\"" + "3".repeat(65) + "\""),
        RESCHEDULE_DATE("\"05/27/2040 10:55\"", "null", "\"\"", "\"  \"", "20310527", "{}", "[]",
                "\"" + "1".repeat(65) + "\""),
        CALLBACK_TYPE("\"PERSONAL\"", "null", "\"\"", "\" \"", "1", "true", "{}", "\"" + "P".repeat(65) + "\""),
        RECORD_DATA("{\"Custom_VarChar\":\"x\"}", "null", "\"GSW_PHONE=+33647005\"", "\"{}\"", "[]", "5",
                "true", "{\"GSW_PHONE\":{\"number\":\"+33647005\"}}", "{\"GSW_PHONE\":[\"+33647005\"]}");

        final String valid;
        final List<String> wrong;

        Kind(String valid, String... wrong) {
            this.valid = valid;
            this.wrong = List.of(wrong);
        }
    }

    /** One parameter of a request: its name in messages and its kind. */
    record Parameter(String name, Kind kind) {}

    /** A request and its parameters; the first {@code required} of them must be given. */
    record Signature(String request, int required, List<Parameter> parameters) {}

    static final Parameter ID = new Parameter("interactionId", Kind.INTERACTION_ID);

    static final List<Signature> SIGNATURES = List.of(
            new Signature("outbound.getCampaigns", 0, List.of()),
            new Signature("outbound.getPreviewRecord", 1, List.of(new Parameter("campaignName",
                    Kind.CAMPAIGN_NAME))),
            new Signature("outbound.callPreviewRecord", 2, List.of(ID, new Parameter("recordHandle",
                    Kind.RECORD_HANDLE))),
            new Signature("outbound.rejectPreviewRecord", 0, List.of(ID)),
            new Signature("outbound.cancelPreviewRecord", 0, List.of(ID)),
            new Signature("outbound.startDirectPushPreview", 0, List.of()),
            new Signature("outbound.stopDirectPushPreview", 0, List.of()),
            new Signature("outbound.getListOfCallResults", 0, List.of()),
            new Signature("outbound.setCallResult", 2, List.of(ID, new Parameter("callResult", Kind.CALL_RESULT))),
            new Signature("outbound.getCallResult", 1, List.of(ID)),
            new Signature("outbound.setDoNotCall", 1, List.of(ID)),
            new Signature("outbound.removeDoNotCall", 1, List.of(ID)),
            new Signature("outbound.rescheduleRecord", 4, List.of(ID, new Parameter("recordHandle",
                    Kind.RECORD_HANDLE), new Parameter("rescheduleDate", Kind.RESCHEDULE_DATE),
                    new Parameter("callbackType", Kind.CALLBACK_TYPE))),
            new Signature("outbound.cancelReschedule", 1, List.of(ID)),
            new Signature("outbound.getChainedRecords", 1, List.of(ID)),
            new Signature("outbound.getRecordFields", 1, List.of(ID)),
            new Signature("outbound.updateRecordFields", 2, List.of(ID, new Parameter("recordData",
                    Kind.RECORD_DATA))),
            new Signature("interaction.getInteractions", 0, List.of()),
            new Signature("interaction.getByInteractionId", 1, List.of(ID)),
            new Signature("interaction.markdone", 1, List.of(ID)),
            new Signature("voice.hangUp", 1, List.of(ID)),
            new Signature("agent.get", 0, List.of()),
            new Signature("system.getAllowedServices", 0, List.of()));

    static ServiceFixture service;
    static String preview;

    @BeforeAll
    static void start() {
        service = new ServiceFixture();
        preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theTableNamesEveryRequestTheServiceAccepts() {
        List<String> allowed = new ArrayList<>();
        service.call(AGENT1, "system.getAllowedServices").data().forEach(name -> allowed.add(name.stringValue()));

        assertThat(SIGNATURES.stream().map(Signature::request)).containsExactlyElementsOf(allowed);
    }

    // ------------------------------------------------------------------------------------------ counts

    static Stream<Arguments> wrongCounts() {
        List<Arguments> rows = new ArrayList<>();
        for (Signature signature : SIGNATURES) {
            List<String> valid = signature.parameters().stream().map(p -> p.kind().valid).toList();
            if (signature.required() > 0) {
                rows.add(Arguments.of(signature.request(), null, "no parameters key"));
                rows.add(Arguments.of(signature.request(), "null", "parameters null"));
                rows.add(Arguments.of(signature.request(), "[]", "none"));
                if (signature.required() > 1) {
                    rows.add(Arguments.of(signature.request(), array(valid.subList(0, signature.required() - 1)),
                            "the last one missing"));
                }
            }
            List<String> tooMany = new ArrayList<>(valid);
            tooMany.add("\"extra\"");
            rows.add(Arguments.of(signature.request(), array(tooMany), "one too many"));
            if (signature.parameters().isEmpty()) {
                rows.add(Arguments.of(signature.request(), "[null]", "a null where none is taken"));
                rows.add(Arguments.of(signature.request(), "[{}]", "an empty object where none is taken"));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {2}: {1}")
    @MethodSource("wrongCounts")
    void theWrongNumberOfParametersIsRefusedSayingHowManyAreTaken(String request, String parameters,
                                                                 String what) {
        ObjectNode before = service.agentState(AGENT1);
        String body = "{\"request\":\"" + request + "\",\"referenceId\":\"r1\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters.replace("$ID", preview)) + "}";

        String message = assertRefused(service.post(AGENT1, body), 400, "WRONG_PARAMETER_COUNT");

        assertThat(message).startsWith(request + " takes ");
        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------ types

    static Stream<Arguments> wrongTypes() {
        List<Arguments> rows = new ArrayList<>();
        for (Signature signature : SIGNATURES) {
            List<Parameter> parameters = signature.parameters();
            for (int position = 0; position < parameters.size(); position++) {
                for (String wrong : parameters.get(position).kind().wrong) {
                    List<String> values = new ArrayList<>(parameters.stream().map(p -> p.kind().valid).toList());
                    values.set(position, wrong);
                    rows.add(Arguments.of(signature.request(), array(values), position + 1,
                            parameters.get(position).name()));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongTypes")
    void aNullOrWronglyTypedParameterIsRefusedNamingItsPositionAndName(String request, String parameters,
                                                                      int position, String name) {
        ObjectNode before = service.agentState(AGENT1);

        String message = assertRefused(service.call(AGENT1, request, parameters.replace("$ID", preview)), 400,
                "INVALID_PARAMETER");

        assertThat(message).as("names the parameter, or the field of recordData at fault").matches(
                java.util.regex.Pattern.quote(request + " parameter " + position + " (" + name)
                        + "(\\.[A-Za-z_]+)?\\) must be .+; was .+");
        assertThat(service.agentState(AGENT1)).isEqualTo(before);
    }

    @Test
    void theTablesValidParametersAreIndeedValid() {
        // The rows above change one parameter of these; these must pass the parameter checks (they may still be
        // refused by the domain, never as INVALID_PARAMETER or WRONG_PARAMETER_COUNT).
        for (Signature signature : SIGNATURES) {
            if (List.of("outbound.rejectPreviewRecord", "outbound.cancelPreviewRecord", "outbound.callPreviewRecord",
                    "outbound.getPreviewRecord", "outbound.startDirectPushPreview").contains(signature.request())) {
                continue; // these would end the preview or bring new ones; the other tests need agent 1 as it is
            }
            String parameters = array(signature.parameters().stream().map(p -> p.kind().valid).toList());
            ServiceFixture.Reply reply = service.call(AGENT1, signature.request(),
                    parameters.replace("$ID", preview));
            assertThat(reply.errorCode()).as("%s %s: %s", signature.request(), parameters, reply.body())
                    .isNotIn("INVALID_PARAMETER", "WRONG_PARAMETER_COUNT");
        }
    }

    private static String array(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }
}
