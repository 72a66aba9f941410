package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.adapter.http.backend.Pulls;
import dev.outbound.adapter.http.backend.TestBackends;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.spi.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The server as another implementer meets it, over raw HTTP: replies of the documented shape, a clear error with
 * status, number and code for every malformed request, and a repeated reference id answered with the first
 * answer. Every refused request leaves the backend as it was.
 */
class ProtocolRequestsTest {
    private static final String AGENT = ContractScenario.AGENT_A.value();

    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(ContractScenario.standard(),
            new ContractClock(ContractScenario.START));
    private final HttpClient http = HttpClient.newHttpClient();
    private Endpoint server;
    private long heldHandle;

    /** A reply: status and JSON body. */
    private record Answer(int status, JsonNode body, String eventPosition) {
        int number() {
            return body.get("GSW_ERROR_NUMBER").intValue();
        }

        String code() {
            return body.get("GSW_ERROR_CODE").stringValue();
        }
    }

    @BeforeEach
    void start() {
        server = TestServers.start(simulator, 0, TestBackends.SECRET);
        heldHandle = post("/campaigns/Contract%20Preview?req=PreviewRecordRequest",
                "{\"GSW_AGENT_ID\":\"" + AGENT + "\",\"GSW_REFERENCE_ID\":\"setup\"}").body()
                .get("GSW_RECORDS").get(0).get("GSW_RECORD_HANDLE").longValue();
    }

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    static Stream<Arguments> malformed() {
        String ref = "\"GSW_REFERENCE_ID\":\"x\",\"GSW_AGENT_ID\":\"" + AGENT + "\"";
        return Stream.of(
                Arguments.of("unknown resource", "POST", "/calls/1?req=MakeCall", "{}", 404,
                        ErrorNumbers.UNKNOWN_RESOURCE, "INVALID_VALUE"),
                Arguments.of("no request name", "POST", "/records/HELD", "{" + ref + "}", 400,
                        ErrorNumbers.UNKNOWN_REQUEST, "INVALID_VALUE"),
                Arguments.of("unknown request name", "POST", "/records/HELD?req=Dial", "{" + ref + "}", 400,
                        ErrorNumbers.UNKNOWN_REQUEST, "INVALID_VALUE"),
                Arguments.of("wrong method", "GET", "/records/HELD?req=RecordReject", null, 405,
                        ErrorNumbers.METHOD_NOT_ALLOWED, "INVALID_VALUE"),
                Arguments.of("not JSON", "POST", "/records/HELD?req=RecordReject", "{" + ref, 400,
                        ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("not an object", "POST", "/records/HELD?req=RecordReject", "[]", 400,
                        ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("a key twice", "POST", "/records/HELD?req=RecordReject",
                        "{" + ref + ",\"GSW_REFERENCE_ID\":\"y\"}", 400, ErrorNumbers.MALFORMED_REQUEST,
                        "INVALID_VALUE"),
                Arguments.of("no reference id", "POST", "/records/HELD?req=RecordReject",
                        "{\"GSW_AGENT_ID\":\"" + AGENT + "\"}", 400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("no agent", "POST", "/records/HELD?req=RecordReject", "{\"GSW_REFERENCE_ID\":\"x\"}",
                        400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("a key the request does not take", "POST", "/records/HELD?req=RecordReject",
                        "{" + ref + ",\"GSW_PHONE\":\"1\"}", 400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("a handle that is not a number", "POST", "/records/abc?req=RecordReject",
                        "{" + ref + "}", 400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("processed without a call result", "POST", "/records/HELD?req=RecordProcessed",
                        "{" + ref + "}", 400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("a call result OCS does not have", "POST", "/records/HELD?req=RecordProcessed",
                        "{" + ref + ",\"GSW_CALL_RESULT\":999}", 400, 211, "INVALID_CALL_RESULT"),
                Arguments.of("a call result as text", "POST", "/records/HELD?req=RecordProcessed",
                        "{" + ref + ",\"GSW_CALL_RESULT\":\"33\"}", 400, ErrorNumbers.MALFORMED_REQUEST,
                        "INVALID_VALUE"),
                Arguments.of("a request key the request does not take", "POST",
                        "/records/HELD?req=RecordProcessed", "{" + ref + ",\"GSW_CALL_RESULT\":33,"
                                + "\"GSW_CHAIN_ATTR\":\"AllChain\"}", 400, ErrorNumbers.MALFORMED_REQUEST,
                        "INVALID_VALUE"),
                Arguments.of("a field value that is an object", "POST", "/records/HELD?req=RecordProcessed",
                        "{" + ref + ",\"GSW_CALL_RESULT\":33,\"Custom_Note\":{}}", 400,
                        ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("a callback type in lower case", "POST", "/records/HELD?req=RecordReschedule",
                        "{" + ref + ",\"GSW_DATE_TIME\":1926000000,\"GSW_CALLBACK_TYPE\":\"personal\"}", 400, 234,
                        "INVALID_CALLBACK_TYPE"),
                Arguments.of("a date as text", "POST", "/records/HELD?req=RecordReschedule",
                        "{" + ref + ",\"GSW_DATE_TIME\":\"05/27/2031 10:55\",\"GSW_CALLBACK_TYPE\":\"PERSONAL\"}",
                        400, ErrorNumbers.MALFORMED_REQUEST, "INVALID_VALUE"),
                Arguments.of("an unknown chain attribute", "POST", "/records/HELD?req=DoNotCall",
                        "{" + ref + ",\"GSW_CHAIN_ATTR\":\"Chain\"}", 400, ErrorNumbers.MALFORMED_REQUEST,
                        "INVALID_VALUE"),
                Arguments.of("another agent's record", "POST", "/records/HELD?req=RecordReject",
                        "{\"GSW_REFERENCE_ID\":\"x\",\"GSW_AGENT_ID\":\"someone else\"}", 404, 104,
                        "RECORD_NOT_FOUND"),
                Arguments.of("an unknown campaign", "POST", "/campaigns/Nothing?req=PreviewRecordRequest",
                        "{" + ref + "}", 404, 101, "CAMPAIGN_NOT_FOUND"),
                Arguments.of("a campaign that is only loaded", "POST",
                        "/campaigns/Contract%20Loaded?req=PreviewRecordRequest", "{" + ref + "}", 409, 102,
                        "CAMPAIGN_NOT_ACTIVE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedRequestIsRefusedClearlyAndChangesNothing(String what, String method, String path, String body,
                                                           int status, int number, String code) {
        Answer answer = send(method, path.replace("HELD", Long.toString(heldHandle)), body);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.number()).isEqualTo(number);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().get("GSW_ERROR").stringValue()).isNotBlank()
                .as("our words, not the JSON library's").doesNotContain("`", "Source:", "jackson", "Feature");
        assertThat(simulator.chainedRecordRequest(ContractScenario.AGENT_A,
                dev.outbound.domain.record.RecordHandle.of(heldHandle)).delivered().handle().value())
                .as("still held by agent A").isEqualTo(heldHandle);
        assertThat(Pulls.drain(simulator, ContractScenario.AGENT_B, ContractScenario.PREVIEW)).hasSize(2);
    }

    @Test
    void anEmptyPullSaysNoRecordsAvailable() {
        Answer answer = post("/campaigns/Contract%20Empty?req=PreviewRecordRequest",
                "{\"GSW_AGENT_ID\":\"" + AGENT + "\",\"GSW_REFERENCE_ID\":\"e1\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("GSW_ERROR").stringValue()).startsWith("No Records Available");
        assertThat(answer.number()).isEqualTo(103);
        assertThat(answer.code()).isEqualTo("NO_RECORDS_AVAILABLE");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefused() {
        String big = "{\"GSW_REFERENCE_ID\":\"big\",\"GSW_AGENT_ID\":\"a\",\"Custom_Note\":\""
                + "x".repeat(1_100_000) + "\"}";

        Answer answer = post("/records/" + heldHandle + "?req=UpdateCallCompletionStats", big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.number()).isEqualTo(ErrorNumbers.BODY_TOO_LARGE);
    }

    @Test
    void aRepeatedReferenceIdGetsTheFirstAnswerAndTheWorkIsDoneOnce() {
        String body = "{\"GSW_AGENT_ID\":\"" + AGENT + "\",\"GSW_REFERENCE_ID\":\"pull-2\"}";

        Answer first = post("/campaigns/Contract%20Preview?req=PreviewRecordRequest", body);
        Answer repeat = post("/campaigns/Contract%20Preview?req=PreviewRecordRequest", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(first.body().get("GSW_REFERENCE_ID").stringValue()).isEqualTo("pull-2");
        assertThat(Pulls.drain(simulator, ContractScenario.AGENT_B, ContractScenario.PREVIEW))
                .as("two of three chains held, one left").hasSize(1);

        Answer reused = post("/records/" + heldHandle + "?req=RecordReject", body);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.number()).isEqualTo(ErrorNumbers.REFERENCE_ID_REUSED);
    }

    @Test
    void repliesHaveTheDocumentedShape() {
        Answer campaigns = send("GET", "/agents/" + "team%2Falpha%20agent" + "/campaigns", null);
        assertThat(campaigns.status()).isEqualTo(200);
        assertThat(campaigns.body().get("GSW_USER_EVENT").stringValue()).isEqualTo("CampaignStatusAcknowledge");
        assertThat(campaigns.body().get("GSW_CAMPAIGNS")).hasSize(4);
        assertThat(campaigns.eventPosition()).matches("[0-9]+");

        Answer chain = send("GET", "/records/" + heldHandle + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + AGENT,
                null);
        assertThat(chain.body().get("GSW_USER_EVENT").stringValue()).isEqualTo("ChainedRecordsDataEnd");
        assertThat(chain.body().get("GSW_RECORDS").get(0).get("GSW_RECORD_HANDLE").longValue()).isEqualTo(heldHandle);

        Answer stats = post("/records/" + heldHandle + "?req=UpdateCallCompletionStats", "{\"GSW_AGENT_ID\":\""
                + AGENT + "\",\"GSW_REFERENCE_ID\":\"s1\",\"GSW_CALL_RESULT\":33,\"GSW_PHONE\":\"+15550009999\","
                + "\"Custom_Note\":\"reached\"}");
        assertThat(stats.body().get("GSW_USER_EVENT").stringValue()).isEqualTo("UpdateCallCompletionStatsAcknowledge");
        JsonNode updated = send("GET", "/records/" + heldHandle + "?req=ChainedRecordRequest&GSW_AGENT_ID=" + AGENT,
                null).body().get("GSW_RECORDS").get(0);
        assertThat(updated.get("GSW_PHONE").stringValue()).as("a field named like a GSW key is a field")
                .isEqualTo("+15550009999");
        assertThat(updated.get("Custom_Note").stringValue()).isEqualTo("reached");
        assertThat(updated.get("GSW_CALL_RESULT").intValue()).isEqualTo(33);
    }

    private Answer post(String path, String body) {
        return send("POST", path, body);
    }

    private Answer send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.address() + path))
                .header("Authorization", "Bearer " + TestBackends.SECRET);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), WireJson.parseObject(response.body()),
                    response.headers().firstValue("X-Event-Position").orElse(null));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
