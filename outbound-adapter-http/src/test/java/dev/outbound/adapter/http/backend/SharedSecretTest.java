package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.AGENT_B;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.ErrorCode;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The server answers nothing without the shared secret: 401 with a protocol error, for requests and the event
 * stream alike. The client reports a wrong secret as BACKEND_REFUSED (repeating cannot help; the configuration
 * must change), naming the setting to fix, and the refused request changed nothing.
 */
class SharedSecretTest {
    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(ContractScenario.standard(),
            new ContractClock(ContractScenario.START));
    private final Endpoint server = TestServers.start(simulator, 0, TestBackends.SECRET);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void aClientWithTheWrongSecretIsRefusedAndChangesNothing() {
        try (OutboundBackend wrong = TestBackends.client(server.address(), Map.of("secret", "not-the-secret"));
             OutboundBackend right = TestBackends.client(server.address(), Map.of())) {
            assertThatThrownBy(() -> wrong.previewRecordRequest(AGENT_A, PREVIEW))
                    .isInstanceOf(BackendRefusedException.class)
                    .hasMessageContaining("refused the shared secret")
                    .hasMessageContaining("outbound.backend.http.secret")
                    .satisfies(e -> assertThat(((BackendRefusedException) e).code())
                            .isEqualTo(ErrorCode.BACKEND_REFUSED));

            assertThat(Pulls.drain(right, AGENT_B, PREVIEW)).as("nothing was pulled").hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/agents/a/campaigns", "/events"})
    void withoutTheSecretTheAnswerIs401WithAProtocolError(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.address() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                assertThat(v).startsWith("Bearer"));
        JsonNode error = WireJson.parseObject(response.body());
        assertThat(error.get("GSW_ERROR").stringValue()).contains("Authorization: Bearer");
        assertThat(error.get("GSW_ERROR_NUMBER").intValue()).isEqualTo(ErrorNumbers.UNAUTHORIZED);
        assertThat(error.get("GSW_ERROR_CODE").stringValue()).isEqualTo("BACKEND_REFUSED");
    }

    @Test
    void aWrongSecretIs401() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.address()
                        + "/agents/a?req=PreviewDialingModeStart")).header("Authorization", "Bearer guessing-1234")
                .POST(HttpRequest.BodyPublishers.ofString("{\"GSW_REFERENCE_ID\":\"r1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(WireJson.parseObject(response.body()).get("GSW_ERROR").stringValue())
                .contains("not this server's shared secret");
    }
}
