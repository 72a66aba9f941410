package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.AGENT_B;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connection breaks after the server applied a request and before its answer reached the client. The client
 * repeats with the same reference id and gets the first answer: the record is rejected (or processed) once, and
 * the repeat of a RecordProcessed does not fail with RECORD_NOT_FOUND.
 */
class ConnectionCutTest {
    private final ContractScenario scenario = ContractScenario.standard();
    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(scenario,
            new ContractClock(ContractScenario.START));
    private final ForwardingBackend counted = new ForwardingBackend(simulator);
    private Endpoint server;

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void aRejectWhoseAnswerIsLostIsRepeatedAndAppliedOnce() {
        CutAfterApplying cut = new CutAfterApplying("req=RecordReject");
        server = TestServers.start(counted, 0, TestBackends.SECRET, handler -> cut.wrapping(handler));
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of())) {
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);

            client.recordReject(AGENT_A, Pulls.handle(held));

            assertThat(cut.cuts).as("the first answer was lost").hasValue(1);
            assertThat(counted.rejects).as("applied once").hasValue(1);
            assertThat(Pulls.drain(client, AGENT_B, PREVIEW)).as("the chain is back once")
                    .containsExactlyInAnyOrderElementsOf(scenario.campaign(PREVIEW).chains().stream()
                            .map(Chain::id).toList());
        }
    }

    @Test
    void aProcessedWhoseAnswerIsLostIsRepeatedAndAnsweredWithTheFirstAnswer() {
        CutAfterApplying cut = new CutAfterApplying("req=RecordProcessed");
        server = TestServers.start(counted, 0, TestBackends.SECRET, handler -> cut.wrapping(handler));
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of())) {
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);

            client.recordProcessed(AGENT_A, Pulls.handle(held), CallResult.ANSWER, Map.of("Custom_Note", "done"));

            assertThat(cut.cuts).hasValue(1);
            assertThat(counted.processed).hasValue(1);
            assertThat(Pulls.drain(client, AGENT_B, PREVIEW)).as("the processed chain is finished")
                    .doesNotContain(held.chain().id()).hasSize(2);
        }
    }

    @Test
    void aServerThatClosesEveryConnectionUnansweredIsUnavailableWithAPlainReason() {
        server = TestServers.start(counted, 0, TestBackends.SECRET, handler -> new Handler.Wrapper(handler) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.succeeded();
                return true;
            }
        });
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of("retries", "1",
                "retry-backoff-ms", "10"))) {
            assertThatThrownBy(() -> client.campaignStatus(AGENT_A))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("the server closed the connection before the answer was complete")
                    .hasMessageNotContaining("HttpConnection");
        }
    }

    /**
     * A handler wrapper that lets the first request matching its query run to its end, throws its answer away and
     * closes the connection: to the client it looks like a network failure after the work was done.
     */
    static final class CutAfterApplying {
        final AtomicInteger cuts = new AtomicInteger();
        private final String query;

        CutAfterApplying(String query) {
            this.query = query;
        }

        Handler wrapping(Handler protocol) {
            return new Handler.Wrapper(protocol) {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    String q = request.getHttpURI().getQuery();
                    if (q == null || !q.contains(query) || !cuts.compareAndSet(0, 1)) {
                        return super.handle(request, response, callback);
                    }
                    Response discarding = new Response.Wrapper(request, response) {
                        @Override
                        public void write(boolean last, ByteBuffer content, Callback written) {
                            written.succeeded();
                        }
                    };
                    return super.handle(request, discarding, Callback.from(() -> {
                        request.getConnectionMetaData().getConnection().getEndPoint().close();
                        callback.succeeded();
                    }, callback::failed));
                }
            };
        }
    }
}
