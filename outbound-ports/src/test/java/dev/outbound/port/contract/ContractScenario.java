package dev.outbound.port.contract;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.GswRecordForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data every backend under contract is loaded with: campaigns of one agent group, their chains and field
 * configuration. A backend's contract test loads it in whatever way the backend loads data, keeping the record
 * handles given here.
 *
 * <p>All records may be dialed at {@link #START} (their windows cover the whole day in their zone) unless a test
 * changes that. Two chains of the preview campaign share a phone number, to test Do Not Call.
 */
public record ContractScenario(String agentGroup, List<AgentId> agents, List<CampaignData> campaigns) {
    /** The instant the contract clock starts at. */
    public static final Instant START = Instant.parse("2031-01-15T14:30:00Z");

    public static final AgentId AGENT_A = AgentId.of("contract-agent-a");
    public static final AgentId AGENT_B = AgentId.of("contract-agent-b");
    public static final String PREVIEW = "Contract Preview";
    public static final String EMPTY = "Contract Empty";
    public static final String LOADED = "Contract Loaded";
    public static final String PUSH = "Contract Push";
    /** The phone number that two chains of the preview campaign share. */
    public static final String SHARED_PHONE = "+15550000001";
    /** {@link #SHARED_PHONE} as a person may write it, with spaces. */
    public static final String SHARED_PHONE_SPACED = "+1 555 000 0001";
    /** {@link #SHARED_PHONE} with brackets and dashes, and without its plus. */
    public static final String SHARED_PHONE_DASHED = "1 (555) 000-0001";

    /** One campaign with its calling list. */
    public record CampaignData(Campaign campaign, FieldCatalog fields, List<Chain> chains) {
        public CampaignData {
            chains = List.copyOf(chains);
        }
    }

    public ContractScenario {
        agents = List.copyOf(agents);
        campaigns = List.copyOf(campaigns);
    }

    /** The standard scenario. */
    public static ContractScenario standard() {
        String group = "Contract Group";
        FieldCatalog fields = FieldCatalog.withSystemFields(List.of(
                FieldDefinition.varChar("Custom_Note", "Note", true, false, 100),
                FieldDefinition.integer("Custom_Score", "Score", true, false)));
        List<Chain> previewChains = List.of(
                chain(PREVIEW, 1001, 101, SHARED_PHONE, "+15550000002"),
                withClosedSecondNumber(chain(PREVIEW, 1002, 102, "+15550000003", "+15550000004")),
                chain(PREVIEW, 1003, 103, SHARED_PHONE));
        List<Chain> pushChains = List.of(
                chain(PUSH, 2001, 201, "+15550000011"),
                chain(PUSH, 2002, 202, "+15550000012"));
        return new ContractScenario(group, List.of(AGENT_A, AGENT_B), List.of(
                new CampaignData(campaign(PREVIEW, group, DialingMode.PREVIEW, CampaignState.STARTED), fields,
                        previewChains),
                new CampaignData(campaign(EMPTY, group, DialingMode.PREVIEW, CampaignState.STARTED), fields,
                        List.of()),
                new CampaignData(campaign(LOADED, group, DialingMode.PREVIEW, CampaignState.LOADED), fields,
                        List.of(chain(LOADED, 3001, 301, "+15550000021"))),
                new CampaignData(campaign(PUSH, group, DialingMode.DIRECT_PUSH_PREVIEW, CampaignState.STARTED),
                        fields, pushChains)));
    }

    /** The data of one campaign. */
    public CampaignData campaign(String name) {
        return campaigns.stream().filter(c -> c.campaign().name().equals(name)).findFirst().orElseThrow();
    }

    private static Campaign campaign(String name, String group, DialingMode mode, CampaignState state) {
        return new Campaign(name, "contract campaign " + name, name + "@" + group, mode, state);
    }

    /** The same chain, its second number callable only 00:00-00:01 in its zone: closed at {@link #START}. */
    private static Chain withClosedSecondNumber(Chain chain) {
        List<dev.outbound.domain.record.CallingListRecord> records = new ArrayList<>(chain.records());
        records.set(1, GswRecordForm.withValues(records.get(1), Map.of("GSW_FROM", 0L, "GSW_UNTIL", 60L)));
        return new Chain(records);
    }

    /** The phone of the preview campaign's second number that is outside its calling window at {@link #START}. */
    public static final String CLOSED_PHONE = "+15550000004";

    /** A chain whose records get handles firstHandle, firstHandle+10, ... one per phone. */
    private static Chain chain(String campaign, long firstHandle, long chainId, String... phones) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < phones.length; i++) {
            Map<String, Object> flat = new HashMap<>();
            flat.put("GSW_RECORD_HANDLE", firstHandle + 10L * i);
            flat.put("GSW_CHAIN_ID", chainId);
            flat.put("GSW_PHONE", phones[i]);
            flat.put("GSW_PHONE_TYPE", i == 0 ? 1L : 4L);
            flat.put("GSW_FROM", 0L);
            flat.put("GSW_UNTIL", 86399L);
            flat.put("GSW_TZ_NAME", "EST");
            flat.put("GSW_TZ_OFFSET", -18000L);
            flat.put("GSW_ATTEMPTS", 0L);
            flat.put("GSW_CALL_RESULT", 28L);
            flat.put("GSW_CAMPAIGN_NAME", campaign);
            flat.put("Custom_Note", "chain " + chainId + " record " + i);
            flat.put("Custom_Score", 0L);
            records.add(flat);
        }
        return new Chain(records.stream().map(GswRecordForm::fromFlat).toList());
    }
}
