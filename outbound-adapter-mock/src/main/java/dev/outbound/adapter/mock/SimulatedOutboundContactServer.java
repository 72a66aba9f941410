package dev.outbound.adapter.mock;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.adapter.mock.engine.Broadcaster;
import dev.outbound.adapter.mock.engine.CampaignRuntime;
import dev.outbound.adapter.mock.engine.DoNotCallRegistry;
import dev.outbound.adapter.mock.engine.PushDispatcher;
import dev.outbound.adapter.mock.engine.SimulatedDialer;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.BackendNotFoundException;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory Outbound Contact Server: campaigns and calling lists in memory, records delivered by OCS's rules
 * (see {@link CampaignRuntime}), Do Not Call, callbacks, direct push preview, simulated dialing, the stale timeout
 * and scripted campaign events. Every agent belongs to every campaign group of the data. Safe for many agents
 * at once.
 */
public final class SimulatedOutboundContactServer implements OutboundBackend {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedOutboundContactServer.class);

    private final Clock clock;
    private final Duration staleTimeout;
    private final Map<String, CampaignRuntime> campaigns = new LinkedHashMap<>();
    private final Map<RecordHandle, CampaignRuntime> campaignOfHandle = new HashMap<>();
    private final DoNotCallRegistry doNotCall = new DoNotCallRegistry();
    private final Broadcaster broadcaster = new Broadcaster();
    private final ScheduledExecutorService timer;
    private final SimulatedDialer dialer;
    private final PushDispatcher push;
    private final List<PendingEvent> script;
    /** The record each call in progress is on, by agent and call id. */
    private final Map<String, RecordHandle> calls = new java.util.concurrent.ConcurrentHashMap<>();

    /** A scripted campaign event and the instant it is due. */
    private record PendingEvent(Instant at, String campaign, CampaignEvent.Type type) {}

    /** Options of the simulator; see {@link MockBackendProvider} for their settings and defaults. */
    public record Options(Duration staleTimeout, Duration dialDelay, Duration sweepInterval) {}

    public SimulatedOutboundContactServer(DataSet data, Clock clock, Options options) {
        this.clock = clock;
        this.staleTimeout = options.staleTimeout();
        Instant now = clock.instant();
        for (DataSet.CampaignData campaign : data.campaigns()) {
            CampaignRuntime runtime = new CampaignRuntime(campaign.campaign(), campaign.fields(), campaign.chains(),
                    now);
            campaigns.put(campaign.campaign().name(), runtime);
            for (RecordHandle handle : runtime.handles()) {
                if (campaignOfHandle.put(handle, runtime) != null) {
                    throw new IllegalArgumentException("record handle " + handle + " appears in two chains");
                }
            }
        }
        data.doNotCall().forEach(doNotCall::add);
        this.script = new ArrayList<>(data.events().stream()
                .map(e -> new PendingEvent(now.plus(e.after()), e.campaign(), e.type()))
                .sorted(Comparator.comparing(PendingEvent::at)).toList());
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "mock-ocs-timer");
            t.setDaemon(true);
            return t;
        });
        this.dialer = new SimulatedDialer(timer, broadcaster, options.dialDelay());
        this.push = new PushDispatcher(this::startedPushCampaigns, doNotCall, broadcaster, clock);
        long sweep = options.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
        LOG.info("simulated OCS loaded {} campaigns, {} records", campaigns.size(), data.recordCount());
    }

    // ------------------------------------------------------------------------------------------ campaigns

    @Override
    public List<Campaign> campaignStatus(AgentId agent) {
        return campaigns.values().stream().filter(c -> !c.isUnloaded()).map(CampaignRuntime::campaign).toList();
    }

    @Override
    public DeliveredRecord previewRecordRequest(AgentId agent, String campaignName) {
        CampaignRuntime campaign = campaigns.get(campaignName);
        if (campaign == null || campaign.isUnloaded()) {
            throw new BackendNotFoundException(ErrorCode.CAMPAIGN_NOT_FOUND, "no campaign named \"" + campaignName
                    + "\" is loaded; loaded: " + String.join(", ", loadedNames()));
        }
        Campaign now = campaign.campaign();
        if (!now.isStarted() || !now.mode().isPulledByAgent()) {
            throw new BackendRefusedException(ErrorCode.CAMPAIGN_NOT_ACTIVE, "campaign \"" + campaignName + "\" is "
                    + now.state().wireName() + " in " + now.mode().wireName()
                    + " mode: records are pulled only from started Preview campaigns");
        }
        return campaign.deliver(agent, clock.instant(), doNotCall, false).orElseThrow(() ->
                new BackendNotFoundException(ErrorCode.NO_RECORDS_AVAILABLE, "No Records Available in campaign \""
                        + campaignName + "\" now"));
    }

    @Override
    public Chain chainedRecordRequest(AgentId agent, RecordHandle handle) {
        return campaignOf(agent, handle).chain(agent, handle, clock.instant());
    }

    // ------------------------------------------------------------------------------------------ dispositions

    @Override
    public void recordReject(AgentId agent, RecordHandle handle) {
        released(campaignOf(agent, handle).reject(agent, handle, clock.instant()));
    }

    @Override
    public void requestRecordCancel(AgentId agent, RecordHandle handle, ChainScope scope) {
        released(campaignOf(agent, handle).cancel(agent, handle, scope, clock.instant()));
    }

    @Override
    public void updateCallCompletionStats(AgentId agent, RecordHandle handle, Optional<CallResult> callResult,
                                          Map<String, Object> fields) {
        campaignOf(agent, handle).updateStats(agent, handle, callResult, fields);
    }

    @Override
    public void recordReschedule(AgentId agent, RecordHandle handle, Callback callback) {
        campaignOf(agent, handle).reschedule(agent, handle, callback, clock.instant());
    }

    @Override
    public void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope) {
        campaignOf(agent, handle).doNotCall(agent, handle, scope, doNotCall);
    }

    @Override
    public void recordProcessed(AgentId agent, RecordHandle handle, CallResult callResult,
                                Map<String, Object> fields) {
        released(campaignOf(agent, handle).processed(agent, handle, callResult, fields, clock.instant()));
    }

    private void released(CampaignRuntime.Released released) {
        if (released.wasPushed()) {
            push.released(released.agent());
        }
    }

    // ------------------------------------------------------------------------------------------ push and calls

    @Override
    public void previewDialingModeStart(AgentId agent) {
        push.start(agent);
    }

    @Override
    public void previewDialingModeOver(AgentId agent) {
        push.stop(agent);
    }

    @Override
    public void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone) {
        CampaignRuntime campaign = campaignOf(agent, handle);
        campaign.dialing(agent, handle, phone, clock.instant(), doNotCall);
        String call = callKey(agent, callId);
        calls.put(call, handle);
        dialer.dial(agent, callId, phone, () -> callEnded(call, agent));
    }

    @Override
    public void releaseCall(AgentId agent, InteractionId callId) {
        dialer.release(agent, callId);
        callEnded(callKey(agent, callId), agent);
    }

    private void callEnded(String call, AgentId agent) {
        RecordHandle handle = calls.remove(call);
        if (handle != null) {
            campaignOfHandle.get(handle).callEnded(agent, handle, clock.instant());
        }
    }

    private static String callKey(AgentId agent, InteractionId callId) {
        return agent.value() + '\u0000' + callId.value();
    }

    @Override
    public Registration subscribe(BackendListener listener) {
        return broadcaster.subscribe(listener);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        broadcaster.close();
    }

    // ------------------------------------------------------------------------------------------ housekeeping

    /** The periodic work: stale holds, scripted events, waiting push agents. Never throws. */
    void sweep() {
        try {
            Instant now = clock.instant();
            for (CampaignRuntime campaign : campaigns.values()) {
                for (CampaignRuntime.Withdrawn withdrawn : campaign.releaseStale(now, staleTimeout)) {
                    LOG.info("record {} of agent {} went stale and is back in {}", withdrawn.handle(),
                            withdrawn.agent(), campaign.campaign().name());
                    broadcaster.publish(l -> l.recordWithdrawn(withdrawn.agent(), withdrawn.handle()));
                    if (withdrawn.wasPushed()) {
                        push.released(withdrawn.agent());
                    }
                }
            }
            runDueEvents(now);
            push.offerAll();
        } catch (RuntimeException e) {
            LOG.error("simulator sweep failed; it runs again at the next interval", e);
        }
    }

    private synchronized void runDueEvents(Instant now) {
        while (!script.isEmpty() && !script.get(0).at().isAfter(now)) {
            PendingEvent event = script.remove(0);
            Campaign campaign = campaigns.get(event.campaign()).apply(event.type());
            LOG.info("campaign {}: {}", campaign.name(), event.type().wireName());
            broadcaster.publish(l -> l.campaignChanged(new CampaignEvent(event.type(), campaign)));
        }
    }

    private List<CampaignRuntime> startedPushCampaigns() {
        return campaigns.values().stream().filter(c -> !c.isUnloaded() && c.campaign().isStarted()
                && c.campaign().mode().isPushedToAgent()).toList();
    }

    private List<String> loadedNames() {
        return campaigns.values().stream().filter(c -> !c.isUnloaded()).map(c -> c.campaign().name()).toList();
    }

    private CampaignRuntime campaignOf(AgentId agent, RecordHandle handle) {
        CampaignRuntime campaign = campaignOfHandle.get(handle);
        if (campaign == null) {
            throw new BackendNotFoundException(ErrorCode.RECORD_NOT_FOUND, "agent " + agent
                    + " holds no record with handle " + handle);
        }
        return campaign;
    }
}
