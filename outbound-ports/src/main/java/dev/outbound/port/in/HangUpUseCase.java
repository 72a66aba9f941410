package dev.outbound.port.in;

/** {@code voice.hangUp}: release the call; the interaction becomes completed, ready for wrap-up. */
public interface HangUpUseCase {
    void hangUp(InteractionRef interaction);
}
