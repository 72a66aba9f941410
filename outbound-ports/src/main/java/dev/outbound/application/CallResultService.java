package dev.outbound.application;

import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.result.OfferedCallResults;
import dev.outbound.port.in.GetCallResultUseCase;
import dev.outbound.port.in.GetListOfCallResultsUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.SetCallResultUseCase;

/** The call results offered, and the pending result of an interaction. */
final class CallResultService implements GetListOfCallResultsUseCase, SetCallResultUseCase, GetCallResultUseCase {
    private final OfferedCallResults offered;
    private final Interactions interactions;

    CallResultService(OfferedCallResults offered, Interactions interactions) {
        this.offered = offered;
        this.interactions = interactions;
    }

    @Override
    public OfferedCallResults getListOfCallResults() {
        return offered;
    }

    @Override
    public void setCallResult(SetCallResultUseCase.Command command) {
        interactions.change(command.interaction(), interaction -> {
            CallResult result = offered.parse(command.callResult());
            return interaction.setCallResult(result);
        });
    }

    @Override
    public CallResult getCallResult(InteractionRef ref) {
        return interactions.require(ref).callResult();
    }
}
