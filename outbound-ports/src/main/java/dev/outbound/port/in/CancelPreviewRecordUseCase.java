package dev.outbound.port.in;

/** {@code outbound.cancelPreviewRecord}: before dialing, take the record out of the campaign (CANCEL_RECORD). */
public interface CancelPreviewRecordUseCase {
    void cancelPreviewRecord(PreviewRef preview);
}
