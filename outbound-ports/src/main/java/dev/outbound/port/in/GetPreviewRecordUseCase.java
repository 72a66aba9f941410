package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.OutboundInteraction;

/** {@code outbound.getPreviewRecord}: pull the next record of a preview campaign; it becomes a new interaction. */
public interface GetPreviewRecordUseCase {
    OutboundInteraction getPreviewRecord(Command command);

    /** The agent pulling, and the campaign to pull from. */
    record Command(AgentId agent, String campaignName) {
        public Command {
            Require.present(agent, "agent");
            Require.nonBlank(campaignName, "campaignName");
        }
    }
}
