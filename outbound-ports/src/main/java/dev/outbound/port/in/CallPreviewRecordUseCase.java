package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.RecordHandle;

/**
 * {@code outbound.callPreviewRecord}: dial one record of the preview's chain. The call is a new interaction with a
 * new id, which later requests use.
 */
public interface CallPreviewRecordUseCase {
    OutboundInteraction callPreviewRecord(Command command);

    /** The preview interaction and the record of its chain to dial. */
    record Command(InteractionRef interaction, RecordHandle recordHandle) {
        public Command {
            Require.present(interaction, "interaction");
            Require.present(recordHandle, "recordHandle");
        }
    }
}
