package dev.outbound.app;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.schedule.Rescheduling;
import dev.outbound.port.in.CallPreviewRecordUseCase;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.PreviewRef;
import dev.outbound.port.in.RescheduleRecordUseCase;
import dev.outbound.port.in.SetCallResultUseCase;
import dev.outbound.port.in.UseCases;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.DesktopInteraction;
import java.time.Clock;
import java.util.Optional;

/** An agent's desktop in this process: each request is a direct call of its use case, with no transport at all. */
final class InProcessDesktop implements AgentDesktop {
    private final AgentId agent;
    private final UseCases useCases;
    private final Clock clock;

    InProcessDesktop(AgentId agent, UseCases useCases, Clock clock) {
        this.agent = agent;
        this.useCases = useCases;
        this.clock = clock;
    }

    @Override
    public AgentId agent() {
        return agent;
    }

    @Override
    public DesktopInteraction getPreviewRecord(String campaignName) {
        return view(useCases.getPreviewRecord().getPreviewRecord(
                new GetPreviewRecordUseCase.Command(agent, campaignName)));
    }

    @Override
    public DesktopInteraction callPreviewRecord(InteractionId preview, RecordHandle record) {
        return view(useCases.callPreviewRecord().callPreviewRecord(
                new CallPreviewRecordUseCase.Command(ref(preview), record)));
    }

    @Override
    public void rejectPreviewRecord(InteractionId preview) {
        useCases.rejectPreviewRecord().rejectPreviewRecord(new PreviewRef(agent, Optional.of(preview)));
    }

    @Override
    public void cancelPreviewRecord(InteractionId preview) {
        useCases.cancelPreviewRecord().cancelPreviewRecord(new PreviewRef(agent, Optional.of(preview)));
    }

    @Override
    public void setCallResult(InteractionId call, String callResult) {
        useCases.setCallResult().setCallResult(new SetCallResultUseCase.Command(ref(call), callResult));
    }

    @Override
    public void setDoNotCall(InteractionId call) {
        useCases.doNotCall().setDoNotCall(ref(call));
    }

    @Override
    public void rescheduleRecord(InteractionId call, RecordHandle record, String rescheduleDate,
                                 String callbackType) {
        useCases.rescheduleRecord().rescheduleRecord(
                new RescheduleRecordUseCase.Command(ref(call), record, rescheduleDate, callbackType));
    }

    @Override
    public void hangUp(InteractionId call) {
        useCases.hangUp().hangUp(ref(call));
    }

    @Override
    public void markDone(InteractionId interaction) {
        useCases.markDone().markDone(ref(interaction));
    }

    private InteractionRef ref(InteractionId interaction) {
        return new InteractionRef(agent, interaction);
    }

    private DesktopInteraction view(OutboundInteraction interaction) {
        return new DesktopInteraction(interaction.id(), interaction.chain().id(), interaction.currentHandle(),
                Rescheduling.localTimeAt(interaction.currentRecord().timeZone(), clock.instant()));
    }
}
