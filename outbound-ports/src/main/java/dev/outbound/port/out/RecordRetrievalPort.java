package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.RecordHandle;

/** OCS's PreviewRecordRequest and ChainedRecordRequest: getting records to an agent. */
public interface RecordRetrievalPort {
    /**
     * PreviewRecordRequest: the next record of the campaign that may be dialed now, locked to this agent until it
     * is processed, rejected or cancelled (or goes stale).
     *
     * @throws BackendNotFoundException CAMPAIGN_NOT_FOUND for an unknown campaign, NO_RECORDS_AVAILABLE when none
     *     may be dialed now
     * @throws BackendRefusedException CAMPAIGN_NOT_ACTIVE when the campaign is not started or not pulled
     */
    DeliveredRecord previewRecordRequest(AgentId agent, String campaignName);

    /**
     * ChainedRecordRequest: the current chain of a record this agent holds, that record first.
     *
     * @throws BackendNotFoundException RECORD_NOT_FOUND when the agent holds no record with that handle
     */
    Chain chainedRecordRequest(AgentId agent, RecordHandle handle);
}
