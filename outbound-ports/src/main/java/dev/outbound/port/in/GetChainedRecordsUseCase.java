package dev.outbound.port.in;

import dev.outbound.domain.record.Chain;

/** {@code outbound.getChainedRecords}: the interaction's chain, the delivered record first. */
public interface GetChainedRecordsUseCase {
    Chain getChainedRecords(InteractionRef interaction);
}
