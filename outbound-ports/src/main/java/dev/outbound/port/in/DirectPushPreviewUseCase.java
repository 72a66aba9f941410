package dev.outbound.port.in;

import dev.outbound.domain.agent.AgentId;

/**
 * {@code outbound.startDirectPushPreview} and {@code outbound.stopDirectPushPreview}: start or stop receiving
 * records of the agent's direct push preview campaigns; they arrive as new interactions (interaction events).
 */
public interface DirectPushPreviewUseCase {
    void startDirectPushPreview(AgentId agent);

    void stopDirectPushPreview(AgentId agent);
}
