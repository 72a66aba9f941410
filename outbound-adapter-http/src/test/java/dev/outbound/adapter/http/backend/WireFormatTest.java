package dev.outbound.adapter.http.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What one half writes, the other reads back unchanged: campaigns, field catalogs, chains, values, events. */
class WireFormatTest {
    private final ContractScenario.CampaignData preview = ContractScenario.standard()
            .campaign(ContractScenario.PREVIEW);
    private final DeliveredRecord delivered = new DeliveredRecord(preview.campaign(), preview.chains().get(0),
            preview.fields());

    @Test
    void aDeliveredRecordSurvivesTheTrip() {
        ObjectNode json = DeliveredRecordJson.writeInto(WireJson.object(), delivered);

        DeliveredRecord read = DeliveredRecordJson.read(WireJson.parseObject(json.toString()));

        assertThat(read).isEqualTo(delivered);
        assertThat(json.get("GSW_RECORDS").get(0).get("GSW_USER_EVENT").stringValue()).isEqualTo("PreviewRecord");
        assertThat(json.get("GSW_RECORDS").get(1).get("GSW_USER_EVENT").stringValue()).isEqualTo("ChainedRecord");
        assertThat(json.get("GSW_CAMPAIGN").get("GSW_CAMPAIGN_MODE").stringValue()).isEqualTo("Preview");
    }

    @Test
    void valuesKeepTheirTypes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "called back");
        values.put("whole", 7L);
        values.put("decimal", new BigDecimal("7.50"));
        values.put("flag", true);
        values.put("emptied", null);

        Map<String, Object> read = ChainJson.readValues(WireJson.parseObject(ChainJson.writeValues(values)
                .toString()));

        assertThat(read).isEqualTo(values);
        assertThat(read.get("decimal")).isEqualTo(new BigDecimal("7.50"));
    }

    @Test
    void valuesThatARecordCannotHoldAreRefused() {
        assertThatThrownBy(() -> WireJson.toNode("list", List.of(1))).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("list");
        assertThatThrownBy(() -> WireJson.toValue("obj", WireJson.object())).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("obj must be text, a number, true/false or null; was an object");
    }

    @Test
    void aChainWithoutRecordsIsRefused() {
        assertThatThrownBy(() -> ChainJson.read(WireJson.array())).isInstanceOf(WireFormatException.class);
    }

    @Test
    void everyEventIsReadBackAsTheSameListenerCall() {
        AgentId agent = AgentId.of("agent a");
        List<BackendEventJson.Event> events = List.of(
                BackendEventJson.pushed(agent, delivered),
                BackendEventJson.campaignChanged(new CampaignEvent(CampaignEvent.Type.STOPPED, preview.campaign())),
                BackendEventJson.withdrawn(agent, RecordHandle.of(1001)),
                BackendEventJson.callConnected(agent, InteractionId.of("7")),
                BackendEventJson.callEnded(agent, InteractionId.of("8"), CallResult.BUSY));
        RecordingListener heard = new RecordingListener();

        for (BackendEventJson.Event event : events) {
            assertThat(event.data().get("GSW_USER_EVENT").stringValue()).isEqualTo(event.name());
            Optional<Consumer<dev.outbound.port.out.BackendListener>> call = BackendEventJson.read(
                    WireJson.parseObject(event.data().toString()));
            call.orElseThrow().accept(heard);
        }

        assertThat(heard.heard()).containsExactly(
                new Heard.Pushed(agent, delivered),
                new Heard.CampaignChanged(new CampaignEvent(CampaignEvent.Type.STOPPED, preview.campaign())),
                new Heard.Withdrawn(agent, RecordHandle.of(1001)),
                new Heard.Connected(agent, InteractionId.of("7")),
                new Heard.Ended(agent, InteractionId.of("8"), CallResult.BUSY));
    }

    @Test
    void anEventOfANewerServerIsSkipped() {
        assertThat(BackendEventJson.read(WireJson.object().put("GSW_USER_EVENT", "ScheduledCall"))).isEmpty();
    }

    @Test
    void theFirstRecordOfAChainIsTheDeliveredOne() {
        Chain chain = preview.chains().get(0);

        assertThat(ChainJson.read(ChainJson.write(chain)).delivered()).isEqualTo(chain.delivered());
    }
}
