package dev.outbound.adapter.http.backend;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.util.ArrayList;
import java.util.List;

/** Pulling helpers: what a campaign still holds tells whether work was lost or done twice. */
public final class Pulls {
    private Pulls() {}

    /** Pulls until NO_RECORDS_AVAILABLE; the chain ids delivered, in order. */
    public static List<ChainId> drain(OutboundBackend backend, AgentId agent, String campaign) {
        List<ChainId> chains = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try {
                chains.add(backend.previewRecordRequest(agent, campaign).chain().id());
            } catch (OutboundException e) {
                if (e.code() != ErrorCode.NO_RECORDS_AVAILABLE) {
                    throw e;
                }
                return chains;
            }
        }
        throw new AssertionError("campaign " + campaign + " kept delivering records");
    }

    /** The handle of the delivered record. */
    public static RecordHandle handle(DeliveredRecord delivered) {
        return delivered.chain().delivered().handle();
    }
}
