package dev.outbound.adapter.mock;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.port.contract.BackendContractTest;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.OutboundBackend;
import java.time.Duration;
import java.util.List;

/** The simulator passes the backend contract. */
class MockBackendContractTest extends BackendContractTest {

    @Override
    protected OutboundBackend createBackend(ContractScenario scenario, ContractClock clock) {
        return new SimulatedOutboundContactServer(dataOf(scenario), clock, new SimulatedOutboundContactServer.Options(
                Duration.ofMinutes(10), Duration.ZERO, Duration.ofMillis(20)));
    }

    static DataSet dataOf(ContractScenario scenario) {
        return new DataSet(scenario.campaigns().stream()
                .map(c -> new DataSet.CampaignData(c.campaign(), c.fields(), c.chains())).toList(), List.of(),
                List.of());
    }
}
