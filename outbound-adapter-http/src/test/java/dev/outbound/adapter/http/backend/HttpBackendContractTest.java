package dev.outbound.adapter.http.backend;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.port.contract.BackendContractTest;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The http backend passes the backend contract: the client talks over real loopback HTTP to the backend-protocol
 * server, which wraps the in-memory OCS loaded with the contract scenario and reading the contract clock.
 */
class HttpBackendContractTest extends BackendContractTest {
    private SimulatedOutboundContactServer simulator;
    private Endpoint server;

    @Override
    protected OutboundBackend createBackend(ContractScenario scenario, ContractClock clock) {
        simulator = TestBackends.simulator(scenario, clock);
        server = TestServers.start(simulator, clock, 0, TestBackends.SECRET);
        return TestBackends.client(server.address(), Map.of());
    }

    @AfterEach
    void stopServer() {
        server.close();
        simulator.close();
    }
}
