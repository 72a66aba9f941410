package dev.outbound.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.field.ValueType;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.in.AgentEvent;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.in.RecordFieldsUseCase;
import dev.outbound.port.in.RescheduleRecordUseCase;
import dev.outbound.port.in.SetCallResultUseCase;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.BackendNotFoundException;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.mockito.ArgumentCaptor;

/**
 * The application under test, built the way a host builds it ({@code OutboundApplication.builder(backend)}), over
 * a Mockito mock of the whole backend, with the real in-memory interaction store and a fixed clock.
 *
 * <p>It also holds the seed's sample data (the chain 283/284 of the Service Client API page) and "given" steps that
 * bring an interaction to a state through the use cases themselves. Every given step ends with {@link
 * #startWatching()}: what the set-up sent to the backend and published to agents is forgotten, so a test sees only
 * what the request under test did.
 */
final class ApplicationFixture {
    /** Now, for every test: 14:30 UTC, which is already 00:00 on 01/16/2031 on the seed record's clock (ACT). */
    static final Instant NOW = Instant.parse("2031-01-15T14:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final AgentId AGENT = AgentId.of("agent1");
    static final AgentId OTHER_AGENT = AgentId.of("agent2");

    static final String CAMPAIGN_NAME = "Outbound Campaign Custom";
    static final Campaign CAMPAIGN = new Campaign(CAMPAIGN_NAME, "the seed's campaign",
            "Outbound Campaign Custom@Agent Group Outbound", DialingMode.PREVIEW, CampaignState.STARTED);

    /** The seed's delivered record (GSW_USER_EVENT PreviewRecord) and the other number of its chain. */
    static final RecordHandle DELIVERED = RecordHandle.of(283);
    static final RecordHandle CHAINED = RecordHandle.of(284);
    static final String DELIVERED_PHONE = "+33647005";
    static final String CHAINED_PHONE = "+33647004";
    /** The handle of the seed's rescheduleRecord sample, which is not part of the seed's chain. */
    static final RecordHandle OUTSIDE_CHAIN = RecordHandle.of(257);

    /** The seed's custom field (getRecordFields sample): var-char, editable, optional. */
    static final String CUSTOM_STRING = "GSW_CUSTOM_STRING";
    /** Custom fields of the seed record, configured here to exercise every refusal of updateRecordFields. */
    static final String CUSTOM_INTEGER = "Custom_Integer";
    static final String CUSTOM_VARCHAR = "Custom_VarChar";
    static final String CUSTOM_GREETING = "Custom_String_with_default";
    static final String CUSTOM_LEVEL = "Custom_Level";
    static final int CUSTOM_VARCHAR_MAX_LENGTH = 10;

    /** A reschedule date that is valid and in the future on the seed record's clock. */
    static final String FUTURE_DATE = "01/27/2031 10:55";
    /** {@link #FUTURE_DATE} read on the seed record's clock (ACT, Australia/Darwin, UTC+09:30). */
    static final Instant FUTURE_DATE_INSTANT = Instant.parse("2031-01-27T01:25:00Z");

    final OutboundBackend backend = mock(OutboundBackend.class);
    final OutboundApplication application;
    final UseCases useCases;
    /** What the application gave to {@code backend.subscribe}: the test plays the backend's pushes through it. */
    final BackendListener backendEvents;
    /** What the desktop of {@link #AGENT} is told, in order. */
    final List<AgentEvent> events = new CopyOnWriteArrayList<>();
    /** What the desktop of {@link #OTHER_AGENT} is told, in order. */
    final List<AgentEvent> otherAgentEvents = new CopyOnWriteArrayList<>();

    /** The application with its default options. */
    ApplicationFixture() {
        this(options -> options);
    }

    /** The application with some options changed (offered call results, DNC scope, cancel scope). */
    ApplicationFixture(UnaryOperator<OutboundApplication.Builder> options) {
        doReturn((OutboundBackend.Registration) () -> { }).when(backend).subscribe(any());
        application = options.apply(OutboundApplication.builder(backend).clock(CLOCK)).build();
        useCases = application.useCases();
        ArgumentCaptor<BackendListener> listener = ArgumentCaptor.forClass(BackendListener.class);
        verify(backend).subscribe(listener.capture());
        backendEvents = listener.getValue();
        useCases.agentEvents().subscribe(AGENT, events::add);
        useCases.agentEvents().subscribe(OTHER_AGENT, otherAgentEvents::add);
        deliverOnPull(seedRecord());
        doReturn(seedChain()).when(backend).chainedRecordRequest(any(), any());
        startWatching();
    }

    // ------------------------------------------------------------------ the seed's sample data

    /** The seed's getChainedRecords sample, delivered record (283) first. */
    static Chain seedChain() {
        return Chain.fromFlat(List.of(seedDeliveredRecord(), seedChainedRecord()));
    }

    /** The seed's calling list as its getRecordFields sample shows it: the system fields and GSW_CUSTOM_STRING. */
    static FieldCatalog seedCatalog() {
        return FieldCatalog.withSystemFields(List.of(FieldDefinition.varChar(CUSTOM_STRING, null, true, false, 255)));
    }

    /**
     * The seed's calling list with some of the record's custom fields configured too: a read-only int, a short
     * optional var-char, a mandatory var-char and a text enum.
     */
    static FieldCatalog catalog() {
        return FieldCatalog.withSystemFields(List.of(
                FieldDefinition.varChar(CUSTOM_STRING, null, true, false, 255),
                FieldDefinition.integer(CUSTOM_INTEGER, "Visits", false, false),
                FieldDefinition.varChar(CUSTOM_VARCHAR, "Note", true, false, CUSTOM_VARCHAR_MAX_LENGTH),
                FieldDefinition.varChar(CUSTOM_GREETING, "Greeting", true, true, 40),
                FieldDefinition.enumeration(CUSTOM_LEVEL, "Level", ValueType.STRING, true, false,
                        orderedMap("gold", "Gold", "silver", "Silver"))));
    }

    /** The seed's chain as the backend delivers it to a pull: campaign, chain and calling-list fields. */
    static DeliveredRecord seedRecord() {
        return new DeliveredRecord(CAMPAIGN, seedChain(), catalog());
    }

    /** A one-record chain in New York time (EST in January), where clocks jump from 02:00 to 03:00 on 03/09/2031. */
    static DeliveredRecord newYorkRecord() {
        Map<String, Object> record = seedDeliveredRecord();
        record.put("GSW_RECORD_HANDLE", 501L);
        record.put("GSW_CHAIN_ID", 7L);
        record.put("GSW_PHONE", "+1 212 555 0100");
        record.put("GSW_TZ_NAME", "EST");
        record.put("GSW_TZ_OFFSET", -18000L);
        return new DeliveredRecord(CAMPAIGN, Chain.fromFlat(List.of(record)), catalog());
    }

    /** The first record of the seed's getChainedRecords sample (the domain's test fixture). */
    static Map<String, Object> seedDeliveredRecord() {
        return SeedSamples.deliveredRecord();
    }

    /** The second record of the sample: the customer's other number (handle 284). */
    static Map<String, Object> seedChainedRecord() {
        return SeedSamples.chainedRecord();
    }

    // ------------------------------------------------------------------ backend failures

    /** One failure of each kind a backend reports, for tables of backend failures (named by their code). */
    static Stream<Named<OutboundException>> backendFailures() {
        return Stream.of(
                new BackendUnavailableException("OCS did not answer in time"),
                new BackendNotFoundException(ErrorCode.RECORD_NOT_FOUND, "OCS does not know record 283"),
                new BackendRefusedException("OCS refused the request"))
                .map(failure -> Named.of(failure.code().name(), failure));
    }

    // ------------------------------------------------------------------ given steps

    /** Every later pull (getPreviewRecord, any agent, any campaign) delivers {@code record}. */
    void deliverOnPull(DeliveredRecord record) {
        doReturn(record).when(backend).previewRecordRequest(any(), any());
    }

    /** {@link #AGENT} has pulled the seed record: a preview interaction. */
    OutboundInteraction givenPreview() {
        return givenPreview(AGENT);
    }

    /** {@code agent} has pulled the seed record: a preview interaction. */
    OutboundInteraction givenPreview(AgentId agent) {
        OutboundInteraction preview = useCases.getPreviewRecord()
                .getPreviewRecord(new GetPreviewRecordUseCase.Command(agent, CAMPAIGN_NAME));
        startWatching();
        return preview;
    }

    /** {@link #AGENT} has dialed the delivered record: a call, still ringing. */
    OutboundInteraction givenDialingCall() {
        return givenDialingCall(AGENT);
    }

    OutboundInteraction givenDialingCall(AgentId agent) {
        return givenDialed(givenPreview(agent), DELIVERED);
    }

    /** The preview, dialed on one record of its chain. */
    OutboundInteraction givenDialed(OutboundInteraction preview, RecordHandle handle) {
        OutboundInteraction call = useCases.callPreviewRecord()
                .callPreviewRecord(new CallPreviewRecordUseCase.Command(ref(preview), handle));
        startWatching();
        return call;
    }

    /** {@link #AGENT} is talking to the customer: the backend reported the call connected. */
    OutboundInteraction givenActiveCall() {
        return givenActiveCall(AGENT);
    }

    OutboundInteraction givenActiveCall(AgentId agent) {
        OutboundInteraction call = givenDialingCall(agent);
        backendEvents.callConnected(agent, call.id());
        startWatching();
        return current(call);
    }

    /** {@link #AGENT} has hung up the connected call: it waits for wrap-up. */
    OutboundInteraction givenCompletedCall() {
        return givenCompletedCall(AGENT);
    }

    OutboundInteraction givenCompletedCall(AgentId agent) {
        OutboundInteraction call = givenActiveCall(agent);
        useCases.hangUp().hangUp(ref(call));
        startWatching();
        return current(call);
    }

    /** Forgets what the set-up sent to the backend and published: from here on, the test watches. */
    void startWatching() {
        clearInvocations(backend);
        events.clear();
        otherAgentEvents.clear();
    }

    // ------------------------------------------------------------------ reading and requests

    /** The interaction as the application holds it now. */
    OutboundInteraction current(OutboundInteraction interaction) {
        return useCases.interactions().getByInteractionId(ref(interaction));
    }

    /** Every open interaction of both agents, in the order getInteractions gives them. */
    Snapshot snapshot() {
        return new Snapshot(useCases.interactions().getInteractions(AGENT),
                useCases.interactions().getInteractions(OTHER_AGENT));
    }

    /** What both agents' desktops would show: their open interactions. */
    record Snapshot(List<OutboundInteraction> agent, List<OutboundInteraction> otherAgent) {}

    static InteractionRef ref(OutboundInteraction interaction) {
        return new InteractionRef(interaction.agentId(), interaction.id());
    }

    static InteractionRef ref(AgentId agent, String interactionId) {
        return new InteractionRef(agent, InteractionId.of(interactionId));
    }

    static PreviewRef previewRef(OutboundInteraction interaction) {
        return new PreviewRef(interaction.agentId(), Optional.of(interaction.id()));
    }

    static PreviewRef previewRef(InteractionRef ref) {
        return new PreviewRef(ref.agent(), Optional.of(ref.interactionId()));
    }

    /** A reject or cancel without an interaction id, as the seed documents them. */
    static PreviewRef theOnlyPreviewOf(AgentId agent) {
        return new PreviewRef(agent, Optional.empty());
    }

    static CallPreviewRecordUseCase.Command call(InteractionRef ref, RecordHandle handle) {
        return new CallPreviewRecordUseCase.Command(ref, handle);
    }

    static SetCallResultUseCase.Command callResult(InteractionRef ref, String callResult) {
        return new SetCallResultUseCase.Command(ref, callResult);
    }

    static RescheduleRecordUseCase.Command reschedule(InteractionRef ref, RecordHandle handle, String date,
                                                     String callbackType) {
        return new RescheduleRecordUseCase.Command(ref, handle, date, callbackType);
    }

    /** updateRecordFields with name, value pairs, in order, as a JSON reader decodes them. */
    static RecordFieldsUseCase.UpdateCommand update(InteractionRef ref, Object... namesAndValues) {
        return new RecordFieldsUseCase.UpdateCommand(ref, FieldValue.allOf(orderedMap(namesAndValues)));
    }

    /** A map in the given order that may hold null values: name1, value1, name2, value2, ... */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> orderedMap(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
        }
        return map;
    }

    // ------------------------------------------------------------------ assertions

    /** The OutboundException the request throws; fails the test when it succeeds or throws anything else. */
    static OutboundException refusalOf(ThrowingCallable request) {
        Throwable thrown = catchThrowable(request);
        assertThat(thrown).as("the request should be refused with an OutboundException")
                .isInstanceOf(OutboundException.class);
        return (OutboundException) thrown;
    }

    /** An event as one line, for readable assertions: "ADDED 1 PREVIEWING", "campaign STARTED Outbound...". */
    static String summary(AgentEvent event) {
        if (event instanceof AgentEvent.InteractionChanged changed) {
            return changed.change() + " " + changed.interaction().id() + " " + changed.interaction().state();
        }
        AgentEvent.CampaignChanged campaign = (AgentEvent.CampaignChanged) event;
        return "campaign " + campaign.event().type() + " " + campaign.event().campaign().name();
    }

    /** The events {@link #AGENT}'s desktop was told since {@link #startWatching()}, as summary lines. */
    List<String> eventSummaries() {
        return events.stream().map(ApplicationFixture::summary).toList();
    }
}
