package dev.outbound.port.in;

import dev.outbound.domain.Require;

/**
 * Every use case of the application, handed to driving adapters (the HTTP service endpoint, a host application)
 * as one value. Built by {@code dev.outbound.application.OutboundApplication}.
 */
public record UseCases(
        GetCampaignsUseCase getCampaigns,
        GetPreviewRecordUseCase getPreviewRecord,
        CallPreviewRecordUseCase callPreviewRecord,
        RejectPreviewRecordUseCase rejectPreviewRecord,
        CancelPreviewRecordUseCase cancelPreviewRecord,
        DirectPushPreviewUseCase directPushPreview,
        GetListOfCallResultsUseCase getListOfCallResults,
        SetCallResultUseCase setCallResult,
        GetCallResultUseCase getCallResult,
        DoNotCallUseCase doNotCall,
        RescheduleRecordUseCase rescheduleRecord,
        GetChainedRecordsUseCase getChainedRecords,
        RecordFieldsUseCase recordFields,
        InteractionQueryUseCase interactions,
        HangUpUseCase hangUp,
        MarkDoneUseCase markDone,
        AgentEventsUseCase agentEvents) {

    public UseCases {
        Require.present(getCampaigns, "getCampaigns");
        Require.present(getPreviewRecord, "getPreviewRecord");
        Require.present(callPreviewRecord, "callPreviewRecord");
        Require.present(rejectPreviewRecord, "rejectPreviewRecord");
        Require.present(cancelPreviewRecord, "cancelPreviewRecord");
        Require.present(directPushPreview, "directPushPreview");
        Require.present(getListOfCallResults, "getListOfCallResults");
        Require.present(setCallResult, "setCallResult");
        Require.present(getCallResult, "getCallResult");
        Require.present(doNotCall, "doNotCall");
        Require.present(rescheduleRecord, "rescheduleRecord");
        Require.present(getChainedRecords, "getChainedRecords");
        Require.present(recordFields, "recordFields");
        Require.present(interactions, "interactions");
        Require.present(hangUp, "hangUp");
        Require.present(markDone, "markDone");
        Require.present(agentEvents, "agentEvents");
    }
}
