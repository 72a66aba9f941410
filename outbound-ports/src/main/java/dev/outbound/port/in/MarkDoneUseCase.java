package dev.outbound.port.in;

/**
 * {@code interaction.markdone}: submit the pending changes to the backend in OCS order and close the interaction.
 * If the backend refuses or cannot be reached, the interaction stays open with its pending changes, so the agent
 * can retry.
 */
public interface MarkDoneUseCase {
    void markDone(InteractionRef interaction);
}
