package dev.outbound.port.in;

import dev.outbound.domain.result.CallResult;

/** {@code outbound.getCallResult}: the pending call result, else the dialing outcome, else the record's. */
public interface GetCallResultUseCase {
    CallResult getCallResult(InteractionRef interaction);
}
