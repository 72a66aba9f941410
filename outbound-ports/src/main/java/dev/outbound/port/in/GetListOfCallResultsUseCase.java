package dev.outbound.port.in;

import dev.outbound.domain.result.OfferedCallResults;

/** {@code outbound.getListOfCallResults}: the call results this desktop offers, in the configured order. */
public interface GetListOfCallResultsUseCase {
    OfferedCallResults getListOfCallResults();
}
