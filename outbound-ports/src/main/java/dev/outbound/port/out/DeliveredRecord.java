package dev.outbound.port.out;

import dev.outbound.domain.Require;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.Chain;

/**
 * A record the backend hands to an agent (OCS's PreviewRecord): the campaign it belongs to, its chain with the
 * delivered record first, and the field configuration of its calling list.
 */
public record DeliveredRecord(Campaign campaign, Chain chain, FieldCatalog fields) {
    public DeliveredRecord {
        Require.present(campaign, "campaign");
        Require.present(chain, "chain");
        Require.present(fields, "field catalog");
    }
}
