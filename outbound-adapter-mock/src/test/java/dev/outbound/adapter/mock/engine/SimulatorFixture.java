package dev.outbound.adapter.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulator built directly from a {@link DataSet}, on a clock the test moves by hand, with a listener that
 * records what the simulator announces. Records are written in the flat GSW form, so a test reads like a data file.
 *
 * <p>The clock starts at {@link #START}, a Wednesday: 09:30 in New York (EST), 14:30 in London, 23:30 in Tokyo (JST).
 */
final class SimulatorFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2031-01-15T14:30:00Z");
    static final String GROUP = "Engine Group";
    static final AgentId AGENT_A = AgentId.of("agent-a");
    static final AgentId AGENT_B = AgentId.of("agent-b");
    /** How long to wait for an asynchronous event to happen at all; not a measure of speed. */
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);
    static final FieldCatalog FIELDS = FieldCatalog.withSystemFields(List.of(
            FieldDefinition.varChar("Note", "Note", true, false, 100)));

    /** The options most tests use: a 10 minute stale timeout, calls that ring for 20 ms, a sweep every 20 ms. */
    static final SimulatedOutboundContactServer.Options OPTIONS = new SimulatedOutboundContactServer.Options(
            Duration.ofMinutes(10), Duration.ofMillis(20), Duration.ofMillis(20));

    final ContractClock clock = new ContractClock(START);
    final RecordingListener listener = new RecordingListener();
    final SimulatedOutboundContactServer server;

    SimulatorFixture(DataSet data) {
        this(data, OPTIONS);
    }

    SimulatorFixture(DataSet data, SimulatedOutboundContactServer.Options options) {
        this.server = new SimulatedOutboundContactServer(data, clock, options);
        server.subscribe(listener);
    }

    @Override
    public void close() {
        server.close();
    }

    // ------------------------------------------------------------------------------------------ building data

    /** A started Preview campaign with these chains. */
    static DataSet.CampaignData preview(String name, Chain... chains) {
        return campaign(name, DialingMode.PREVIEW, CampaignState.STARTED, chains);
    }

    static DataSet.CampaignData campaign(String name, DialingMode mode, CampaignState state, Chain... chains) {
        return new DataSet.CampaignData(new Campaign(name, "", name + "@" + GROUP, mode, state), FIELDS,
                Arrays.asList(chains));
    }

    static DataSet data(DataSet.CampaignData... campaigns) {
        return new DataSet(Arrays.asList(campaigns), List.of(), List.of());
    }

    static DataSet data(List<DataSet.CampaignData> campaigns, List<DoNotCallEntry> doNotCall,
                        List<DataSet.ScriptedEvent> events) {
        return new DataSet(campaigns, doNotCall, events);
    }

    /**
     * A record in flat form: callable all day, in New York, a fresh General record. Change any key with
     * {@link #with}.
     */
    static Map<String, Object> record(long handle, long chainId, String phone) {
        Map<String, Object> flat = new HashMap<>();
        flat.put("GSW_RECORD_HANDLE", handle);
        flat.put("GSW_CHAIN_ID", chainId);
        flat.put("GSW_PHONE", phone);
        flat.put("GSW_PHONE_TYPE", 1L);
        flat.put("GSW_FROM", 0L);
        flat.put("GSW_UNTIL", 86399L);
        flat.put("GSW_TZ_NAME", "EST");
        flat.put("GSW_TZ_OFFSET", -18000L);
        flat.put("GSW_ATTEMPTS", 0L);
        flat.put("GSW_CALL_RESULT", 28L);
        flat.put("Note", "record " + handle);
        return flat;
    }

    /** The record with more keys set, given as key, value, key, value, ... */
    static Map<String, Object> with(Map<String, Object> record, Object... keysAndValues) {
        Map<String, Object> changed = new HashMap<>(record);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    /** A record that may be dialed from 09:00 to 17:00 in the named zone (offset in seconds east of UTC). */
    static Map<String, Object> officeHours(long handle, long chainId, String phone, String zone, long offset) {
        return with(record(handle, chainId, phone), "GSW_FROM", 9 * 3600L, "GSW_UNTIL", 17 * 3600L,
                "GSW_TZ_NAME", zone, "GSW_TZ_OFFSET", offset);
    }

    @SafeVarargs
    static Chain chain(Map<String, Object>... records) {
        return new Chain(Arrays.stream(records).map(GswRecordForm::fromFlat).toList());
    }

    /** A chain of one all-day record whose handle and chain id are both {@code id}. */
    static Chain simpleChain(long id) {
        return chain(record(id, id, "+1555000" + String.format("%04d", id)));
    }

    // ------------------------------------------------------------------------------------------ acting

    DeliveredRecord pull(AgentId agent, String campaign) {
        return server.previewRecordRequest(agent, campaign);
    }

    /** Pulls until the campaign answers NO_RECORDS_AVAILABLE; the delivered records in order. */
    List<DeliveredRecord> drain(AgentId agent, String campaign) {
        List<DeliveredRecord> delivered = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            try {
                delivered.add(pull(agent, campaign));
            } catch (OutboundException e) {
                assertThat(e.code()).as("the end of a campaign's records").isEqualTo(ErrorCode.NO_RECORDS_AVAILABLE);
                return delivered;
            }
        }
        throw new AssertionError("campaign " + campaign + " kept delivering records");
    }

    /** Gives back every record in the list (RecordReject). */
    void rejectAll(AgentId agent, List<DeliveredRecord> delivered) {
        delivered.forEach(d -> server.recordReject(agent, handle(d)));
    }

    static RecordHandle handle(DeliveredRecord delivered) {
        return delivered.chain().delivered().handle();
    }

    static List<ChainId> chainIds(List<DeliveredRecord> delivered) {
        return delivered.stream().map(d -> d.chain().id()).toList();
    }

    static void assertFails(ErrorCode code, Runnable request) {
        assertThatThrownBy(request::run)
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(code));
    }

    /** Waits for the campaign event of that type on that campaign; returns it. */
    CampaignEvent awaitCampaignEvent(CampaignEvent.Type type, String campaign) {
        return listener.await(Heard.CampaignChanged.class, c -> c.event().type() == type
                && c.event().campaign().name().equals(campaign), 1, EVENT_TIMEOUT).get(0).event();
    }
}
