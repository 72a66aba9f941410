package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Something that is not a backend-protocol server answers (a proxy's login page, a web server at the wrong URL):
 * the client reports BACKEND_UNAVAILABLE saying what it got, repeats only 5xx answers, and leaks nothing of HTTP.
 */
class NotJsonReplyTest {
    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(ContractScenario.standard(),
            new ContractClock(ContractScenario.START));
    private final AtomicInteger requests = new AtomicInteger();
    private Endpoint server;

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void aSuccessThatIsNotJsonIsUnavailableAndNotRepeated() {
        server = TestServers.start(simulator, 0, TestBackends.SECRET, protocol -> html(protocol, 200));
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of())) {
            assertThatThrownBy(() -> client.previewRecordRequest(AGENT_A, PREVIEW))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("the backend server at " + server.address())
                    .hasMessageContaining("PreviewRecordRequest")
                    .hasMessageContaining("not a JSON object")
                    .hasMessageContaining("text/html");
            assertThat(requests).as("a 200 is an answer: not repeated").hasValue(1);
        }
    }

    @Test
    void aClientErrorThatIsNotAProtocolErrorIsUnavailable() {
        server = TestServers.start(simulator, 0, TestBackends.SECRET, protocol -> html(protocol, 404));
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of())) {
            assertThatThrownBy(() -> client.campaignStatus(AGENT_A))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("404")
                    .hasMessageContaining("not a backend-protocol error");
        }
    }

    @Test
    void aServerErrorIsRepeatedThenUnavailable() {
        server = TestServers.start(simulator, 0, TestBackends.SECRET, protocol -> html(protocol, 502));
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of())) {
            assertThatThrownBy(() -> client.campaignStatus(AGENT_A))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("after 3 attempts")
                    .hasMessageContaining("answered 502");
            assertThat(requests).hasValue(3);
        }
    }

    /** Answers every request but the event stream with an HTML page and the given status. */
    private Handler html(Handler protocol, int status) {
        return new Handler.Wrapper(protocol) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getHttpURI().getPath().equals("/events")) {
                    return super.handle(request, response, callback);
                }
                requests.incrementAndGet();
                response.setStatus(status);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                Content.Sink.write(response, true, "<html><body><h1>Please log in to the proxy</h1></body></html>",
                        callback);
                return true;
            }
        };
    }
}
