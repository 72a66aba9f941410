package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.TestBackends;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.spi.Endpoint;

/**
 * A backend-protocol server over the simulator loaded with a contract scenario, both reading one contract clock
 * (so that a test can move time), and a {@link WireClient} to talk to it raw.
 */
final class ServerUnderTest implements AutoCloseable {
    final ContractClock clock = new ContractClock(ContractScenario.START);
    final SimulatedOutboundContactServer simulator;
    final Endpoint server;
    final WireClient wire;

    ServerUnderTest(ContractScenario scenario) {
        simulator = TestBackends.simulator(scenario, clock);
        server = TestServers.start(simulator, clock, 0, TestBackends.SECRET);
        wire = new WireClient(server.address());
    }

    /** A body of {@code GSW_AGENT_ID}, {@code GSW_REFERENCE_ID} and the given JSON members ("" for none). */
    static String body(String agent, String referenceId, String members) {
        return "{\"GSW_AGENT_ID\":\"" + agent + "\",\"GSW_REFERENCE_ID\":\"" + referenceId + "\""
                + (members.isEmpty() ? "" : "," + members) + "}";
    }

    /** Pulls a record of the preview campaign for {@code agent}; the handle of the delivered record. */
    long pull(String agent, String referenceId) {
        WireClient.Answer answer = wire.post("/campaigns/Contract%20Preview?req=PreviewRecordRequest",
                body(agent, referenceId, ""));
        if (answer.status() != 200) {
            throw new AssertionError("the pull failed: " + answer);
        }
        return answer.json().get("GSW_RECORDS").get(0).get("GSW_RECORD_HANDLE").longValue();
    }

    @Override
    public void close() {
        server.close();
        simulator.close();
    }
}
