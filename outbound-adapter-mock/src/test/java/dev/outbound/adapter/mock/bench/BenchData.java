package dev.outbound.adapter.mock.bench;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.adapter.mock.data.RecordGenerator;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.Chain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Calling lists of a given number of records for the benchmarks: generated, real time zones and windows. */
final class BenchData {
    static final String CAMPAIGN = "Bench";
    /** 14:30 UTC on a Wednesday: morning in America, afternoon in Europe, night in Asia and Australia. */
    static final Instant NOW = Instant.parse("2031-01-15T14:30:00Z");

    private BenchData() {}

    /** A data set with one started preview campaign holding about {@code records} records. */
    static DataSet withRecords(int records) {
        List<Chain> chains = new ArrayList<>();
        long handle = 1;
        long chainId = 1;
        int total = 0;
        int seed = 1;
        while (total < records) {
            for (Chain chain : RecordGenerator.generate(CAMPAIGN, 10_000, seed++, handle, chainId, NOW)) {
                if (total >= records) {
                    break;
                }
                chains.add(chain);
                total += chain.records().size();
                handle += chain.records().size();
                chainId++;
            }
        }
        return new DataSet(List.of(new DataSet.CampaignData(new Campaign(CAMPAIGN, "", CAMPAIGN + "@Bench",
                DialingMode.PREVIEW, CampaignState.STARTED), FieldCatalog.withSystemFields(List.of()), chains)),
                List.of(), List.of());
    }
}
