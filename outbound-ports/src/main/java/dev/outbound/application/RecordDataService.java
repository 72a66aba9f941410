package dev.outbound.application;

import dev.outbound.domain.field.Field;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.Chain;
import dev.outbound.port.in.GetChainedRecordsUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.RecordFieldsUseCase;
import dev.outbound.port.out.RecordRetrievalPort;
import java.util.List;

/** The record's data: its chain (fresh from the backend) and its fields (edited all or nothing). */
final class RecordDataService implements GetChainedRecordsUseCase, RecordFieldsUseCase {
    private final RecordRetrievalPort backend;
    private final Interactions interactions;

    RecordDataService(RecordRetrievalPort backend, Interactions interactions) {
        this.backend = backend;
        this.interactions = interactions;
    }

    @Override
    public Chain getChainedRecords(InteractionRef ref) {
        return interactions.locks().withLock(ref.agent(), () -> {
            OutboundInteraction interaction = interactions.require(ref);
            Chain fresh = backend.chainedRecordRequest(ref.agent(), interaction.chain().delivered().handle());
            OutboundInteraction refreshed = interaction.withChain(fresh);
            interactions.store().save(refreshed);
            return fresh;
        });
    }

    @Override
    public List<Field> getRecordFields(InteractionRef ref) {
        return interactions.require(ref).recordFields();
    }

    @Override
    public void updateRecordFields(UpdateCommand command) {
        interactions.change(command.interaction(), interaction -> interaction.updateFields(command.recordData()));
    }
}
