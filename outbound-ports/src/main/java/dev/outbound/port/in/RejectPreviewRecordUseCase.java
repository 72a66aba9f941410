package dev.outbound.port.in;

/** {@code outbound.rejectPreviewRecord}: give the record back before dialing; another agent may get it. */
public interface RejectPreviewRecordUseCase {
    void rejectPreviewRecord(PreviewRef preview);
}
