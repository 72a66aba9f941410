package dev.outbound.port.in;

import dev.outbound.domain.Require;

/**
 * {@code outbound.setCallResult}: choose the call result of an active or completed call; refused while Do Not Call
 * is pending. Submitted at mark done.
 */
public interface SetCallResultUseCase {
    void setCallResult(Command command);

    /** The call interaction and the result as the client sent it: a number, or text that must be a number. */
    record Command(InteractionRef interaction, String callResult) {
        public Command {
            Require.present(interaction, "interaction");
            Require.present(callResult, "callResult");
        }
    }
}
