package dev.outbound.adapter.mock.data;

import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.Chain;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the simulator is loaded with: campaigns with their calling lists (chains of records) and field
 * configuration, the initial Do Not Call list, and a small script of campaign events.
 */
public record DataSet(List<CampaignData> campaigns, List<DoNotCallEntry> doNotCall, List<ScriptedEvent> events) {
    public DataSet {
        campaigns = List.copyOf(campaigns);
        doNotCall = List.copyOf(doNotCall);
        events = List.copyOf(events);
    }

    /** One campaign and its calling list. */
    public record CampaignData(Campaign campaign, FieldCatalog fields, List<Chain> chains) {
        public CampaignData {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(fields, "fields");
            chains = List.copyOf(chains);
        }
    }

    /** A campaign event the simulator makes happen a while after it starts (e.g. a campaign stopped at +10 min). */
    public record ScriptedEvent(Duration after, String campaign, CampaignEvent.Type type) {
        public ScriptedEvent {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(type, "type");
        }
    }

    /** How many records all calling lists hold together. */
    public long recordCount() {
        return campaigns.stream().flatMap(c -> c.chains().stream()).mapToLong(c -> c.records().size()).sum();
    }
}
