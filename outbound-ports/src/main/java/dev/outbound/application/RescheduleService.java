package dev.outbound.application;

import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.Rescheduling;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.RescheduleRecordUseCase;
import java.time.Clock;

/** Pending reschedules, read in the time zone of the record being rescheduled; sent at mark done. */
final class RescheduleService implements RescheduleRecordUseCase {
    private final Interactions interactions;
    private final Clock clock;

    RescheduleService(Interactions interactions, Clock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public void rescheduleRecord(RescheduleRecordUseCase.Command command) {
        interactions.change(command.interaction(), interaction -> {
            var record = interaction.chain().require(command.recordHandle());
            Callback callback = Rescheduling.schedule(command.rescheduleDate(), command.callbackType(),
                    record.timeZone(), clock.instant());
            return interaction.reschedule(record.handle(), callback);
        });
    }

    @Override
    public void cancelReschedule(InteractionRef ref) {
        interactions.change(ref, OutboundInteraction::cancelReschedule);
    }
}
