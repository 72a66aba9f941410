package dev.outbound.adapter.audit;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.port.contract.BackendContractTest;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.OutboundBackend;
import java.time.Duration;
import java.util.List;

/** The audit decorator keeps the backend contract: wrapping a backend changes nothing it does. */
class AuditBackendContractTest extends BackendContractTest {

    @Override
    protected OutboundBackend createBackend(ContractScenario scenario, ContractClock clock) {
        DataSet data = new DataSet(scenario.campaigns().stream()
                .map(c -> new DataSet.CampaignData(c.campaign(), c.fields(), c.chains())).toList(), List.of(),
                List.of());
        return new AuditedBackend(new SimulatedOutboundContactServer(data, clock,
                new SimulatedOutboundContactServer.Options(Duration.ofMinutes(10), Duration.ZERO,
                        Duration.ofMillis(20))));
    }
}
