package dev.outbound.application;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.schedule.CallingWindow;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.CancelPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.in.RejectPreviewRecordUseCase;
import dev.outbound.port.out.InteractionStore;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The preview's life before the call: pull a record, dial one number of its chain, or reject or cancel it. */
final class PreviewService implements GetPreviewRecordUseCase, CallPreviewRecordUseCase,
        RejectPreviewRecordUseCase, CancelPreviewRecordUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewService.class);

    private final OutboundBackend backend;
    private final Interactions interactions;
    private final RecordDelivery delivery;
    private final ChainScope cancelScope;
    private final Clock clock;

    PreviewService(OutboundBackend backend, Interactions interactions, RecordDelivery delivery,
                   ChainScope cancelScope, Clock clock) {
        this.backend = backend;
        this.interactions = interactions;
        this.delivery = delivery;
        this.cancelScope = cancelScope;
        this.clock = clock;
    }

    @Override
    public OutboundInteraction getPreviewRecord(GetPreviewRecordUseCase.Command command) {
        OutboundInteraction preview = delivery.open(command.agent(),
                backend.previewRecordRequest(command.agent(), command.campaignName()));
        LOG.debug("agent {} pulled record {} of {} as interaction {}", command.agent(), preview.currentHandle(),
                command.campaignName(), preview.id());
        return preview;
    }

    @Override
    public OutboundInteraction callPreviewRecord(CallPreviewRecordUseCase.Command command) {
        return interactions.locks().withLock(command.interaction().agent(), () -> {
            InteractionStore store = interactions.store();
            OutboundInteraction preview = interactions.require(command.interaction());
            preview.requireDialable(command.recordHandle());
            OutboundInteraction call = preview.dial(store.nextId(), command.recordHandle());
            requireEditedWindowOpen(call);
            // Dial first: if the backend refuses, nothing has changed. The call's events wait for the agent's
            // lock, which this request holds until the call has replaced the preview in the store.
            backend.placeCall(call.agentId(), call.id(), call.currentHandle(), call.currentPhone());
            store.remove(preview.agentId(), preview.id());
            store.save(call);
            interactions.events().interactionChanged(Change.REMOVED, preview);
            interactions.events().interactionChanged(Change.ADDED, call);
            LOG.debug("agent {} dials record {} as call {}", call.agentId(), call.currentHandle(), call.id());
            return call;
        });
    }

    @Override
    public void rejectPreviewRecord(PreviewRef ref) {
        finish(ref, OutboundInteraction::reject, preview -> backend.recordReject(preview.agentId(),
                preview.currentHandle()));
    }

    @Override
    public void cancelPreviewRecord(PreviewRef ref) {
        finish(ref, OutboundInteraction::cancel, preview -> backend.requestRecordCancel(preview.agentId(),
                preview.currentHandle(), cancelScope));
    }

    /**
     * The backend checks the record's calling window as the calling list holds it; when the agent has changed Call
     * From or Call Until in the preview, the edited window must be open too, as the edited phone is the one dialed.
     */
    private void requireEditedWindowOpen(OutboundInteraction call) {
        CallingWindow edited = call.currentWindow();
        CallingListRecord record = call.currentRecord();
        if (!edited.equals(record.window()) && !edited.isOpenAt(clock.instant(), record.timeZone())) {
            throw new OutboundException(ErrorCode.OUTSIDE_CALLING_WINDOW, "record " + record.handle()
                    + " may be called from " + edited.opens() + " to " + edited.closes() + " in "
                    + record.timeZone().describe() + " as edited in this preview (Call From, Call Until); it is "
                    + "outside that window now");
        }
    }

    private void finish(PreviewRef ref, UnaryOperator<OutboundInteraction> end, Consumer<OutboundInteraction> tell) {
        interactions.locks().withLock(ref.agent(), () -> {
            OutboundInteraction preview = interactions.requirePreview(ref);
            OutboundInteraction ended = end.apply(preview);
            tell.accept(preview);
            interactions.store().remove(preview.agentId(), preview.id());
            interactions.events().interactionChanged(Change.REMOVED, ended);
        });
    }
}
