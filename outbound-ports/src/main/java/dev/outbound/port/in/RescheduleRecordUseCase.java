package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.record.RecordHandle;

/**
 * {@code outbound.rescheduleRecord} and {@code outbound.cancelReschedule}: ask for a callback at a local time of
 * the record's own time zone, or clear the pending one. Submitted at mark done.
 */
public interface RescheduleRecordUseCase {
    void rescheduleRecord(Command command);

    void cancelReschedule(InteractionRef interaction);

    /**
     * The interaction, the record of its chain to call back, the date as the client sent it ({@code MM/DD/YYYY
     * HH:MM} in the record's zone) and the callback type as sent ({@code CAMPAIGN} or {@code PERSONAL}).
     */
    record Command(InteractionRef interaction, RecordHandle recordHandle, String rescheduleDate,
                   String callbackType) {
        public Command {
            Require.present(interaction, "interaction");
            Require.present(recordHandle, "recordHandle");
            Require.present(rescheduleDate, "rescheduleDate");
            Require.present(callbackType, "callbackType");
        }
    }
}
