package dev.outbound.application;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.in.DirectPushPreviewUseCase;
import dev.outbound.port.out.PreviewDialingModePort;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start and stop direct push preview: PreviewDialingModeStart and PreviewDialingModeOver. It remembers which
 * agents started through this application, so that records a shared backend pushes to agents served by another
 * process do not become interactions here.
 */
final class DirectPushPreviewService implements DirectPushPreviewUseCase {
    private final PreviewDialingModePort backend;
    private final Set<AgentId> started = ConcurrentHashMap.newKeySet();

    DirectPushPreviewService(PreviewDialingModePort backend) {
        this.backend = backend;
    }

    @Override
    public void startDirectPushPreview(AgentId agent) {
        Require.present(agent, "agent");
        // Listen first: the backend may push the first record before this call returns.
        started.add(agent);
        try {
            backend.previewDialingModeStart(agent);
        } catch (RuntimeException refused) {
            started.remove(agent);
            throw refused;
        }
    }

    @Override
    public void stopDirectPushPreview(AgentId agent) {
        backend.previewDialingModeOver(Require.present(agent, "agent"));
        started.remove(agent);
    }

    /** Whether pushed records for this agent belong to this application. */
    boolean servesPushesFor(AgentId agent) {
        return started.contains(agent);
    }
}
