package dev.outbound.application;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.in.DirectPushPreviewUseCase;
import dev.outbound.port.out.PreviewDialingModePort;

/** Start and stop direct push preview: PreviewDialingModeStart and PreviewDialingModeOver. */
final class DirectPushPreviewService implements DirectPushPreviewUseCase {
    private final PreviewDialingModePort backend;

    DirectPushPreviewService(PreviewDialingModePort backend) {
        this.backend = backend;
    }

    @Override
    public void startDirectPushPreview(AgentId agent) {
        backend.previewDialingModeStart(Require.present(agent, "agent"));
    }

    @Override
    public void stopDirectPushPreview(AgentId agent) {
        backend.previewDialingModeOver(Require.present(agent, "agent"));
    }
}
