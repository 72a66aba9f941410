package dev.outbound.port.spi;

import dev.outbound.domain.Require;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import java.time.LocalDateTime;

/**
 * What an {@link AgentDesktop} learns about an interaction the service handed it: the id for later requests, the
 * customer's chain and the record the interaction is about, and the customer's local time when it was handed out
 * (what a date picker starts from when the agent reschedules).
 */
public record DesktopInteraction(InteractionId id, ChainId chain, RecordHandle record, LocalDateTime customerTime) {
    public DesktopInteraction {
        Require.present(id, "interaction id");
        Require.present(chain, "chain id");
        Require.present(record, "record handle");
        Require.present(customerTime, "customer time");
    }
}
