package dev.outbound.adapter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.mock.MockBackendProvider;
import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldType;
import dev.outbound.domain.field.ValueType;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.RecordHandle;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading simulator data files: the small test file, the bundled demo data, and files that must be refused. */
class DataSetReaderTest {
    /** The instant generated records take their daylight-saving offsets from. */
    private static final Instant ZONES_AT = Instant.parse("2031-01-15T14:30:00Z");
    private static final String SMALL_FILE = "/data/small-valid.json";

    private static DataSet readSmallFile(long extraChains, long seedOffset) {
        return new DataSetReader(ZONES_AT, extraChains, seedOffset).readResource(SMALL_FILE);
    }

    private static DataSet.CampaignData campaign(DataSet data, String name) {
        return data.campaigns().stream().filter(c -> c.campaign().name().equals(name)).findFirst().orElseThrow();
    }

    /** A record in the flat form, for expectations. */
    private static CallingListRecord record(Object... keysAndValues) {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            flat.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return GswRecordForm.fromFlat(flat);
    }

    // ------------------------------------------------------------------------------------------ the small file

    @Nested
    class TheSmallTestFile {
        private final DataSet data = readSmallFile(0, 0);

        @Test
        void campaignsAreReadInFileOrderWithGroupModeAndState() {
            assertThat(data.campaigns()).extracting(DataSet.CampaignData::campaign).containsExactly(
                    new Campaign("Test Preview", "every field type, explicit chains", "Test Preview@Test Group",
                            DialingMode.PREVIEW, CampaignState.STARTED),
                    new Campaign("Test Push", "", "Test Push@Test Group", DialingMode.DIRECT_PUSH_PREVIEW,
                            CampaignState.LOADED));
        }

        @Test
        void fieldsOfEveryTypeFollowTheSystemFieldsWithDefaultsFilledIn() {
            FieldCatalog expected = FieldCatalog.withSystemFields(List.of(
                    new FieldDefinition("Count", "How many", FieldType.INT, ValueType.NUMBER, true, false, Map.of(),
                            FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Amount", "Amount", FieldType.FLOAT, ValueType.STRING, true, true, Map.of(),
                            FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Initial", "Initial", FieldType.CHAR, ValueType.STRING, true, false,
                            Map.of(), 1),
                    new FieldDefinition("Comment", "Comment", FieldType.VAR_CHAR, ValueType.STRING, true, false,
                            Map.of(), 40),
                    new FieldDefinition("Created", "Created", FieldType.DATE, ValueType.STRING, false, false,
                            Map.of(), FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Best_Time", "Best_Time", FieldType.TIME, ValueType.STRING, true, false,
                            Map.of(), FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Consent", "Consent", FieldType.BOOL, ValueType.BOOLEAN, true, false,
                            Map.of(), FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Plan", "Plan", FieldType.ENUM, ValueType.STRING, true, true,
                            orderedMap("basic", "Basic", "premium", "Premium"), FieldDefinition.DEFAULT_MAX_LENGTH),
                    new FieldDefinition("Tier", "Tier", FieldType.ENUM, ValueType.NUMBER, false, false,
                            orderedMap("1", "Bronze", "2", "Silver", "3", "Gold"),
                            FieldDefinition.DEFAULT_MAX_LENGTH)));

            assertThat(campaign(data, "Test Preview").fields()).isEqualTo(expected);
        }

        @Test
        void enumOptionsKeepTheirFileOrder() {
            FieldDefinition tier = campaign(data, "Test Preview").fields().find("Tier").orElseThrow();

            assertThat(tier.options().keySet()).containsExactly("1", "2", "3");
        }

        @Test
        void aCampaignWithoutFieldsHasTheSystemFieldsOnly() {
            assertThat(campaign(data, "Test Push").fields()).isEqualTo(FieldCatalog.withSystemFields(List.of()));
        }

        @Test
        void anExplicitChainIsKeptAsWrittenWithoutItsUserEvent() {
            Chain chain = campaign(data, "Test Preview").chains().get(0);

            assertThat(chain.records()).containsExactly(
                    record("GSW_RECORD_HANDLE", 10L, "GSW_CHAIN_ID", 7L, "GSW_PHONE", "+12125550101",
                            "GSW_PHONE_TYPE", 1L, "GSW_FROM", 32400L, "GSW_UNTIL", 61200L, "GSW_TZ_NAME", "EST",
                            "GSW_TZ_OFFSET", -18000L, "GSW_ATTEMPTS", 2L, "GSW_CALL_RESULT", 7L,
                            "GSW_CAMPAIGN_NAME", "Test Preview", "Count", 3L, "Amount", "12.50", "Plan", "basic",
                            "GSW_CUSTOMER_ID", "C-7"),
                    record("GSW_RECORD_HANDLE", 11L, "GSW_CHAIN_ID", 7L, "GSW_PHONE", "+12125550102",
                            "GSW_PHONE_TYPE", 4L, "GSW_FROM", 32400L, "GSW_UNTIL", 61200L, "GSW_TZ_NAME", "EST",
                            "GSW_TZ_OFFSET", -18000L, "GSW_ATTEMPTS", 0L, "GSW_CALL_RESULT", 28L,
                            "GSW_CAMPAIGN_NAME", "Test Preview", "Count", 3L, "Amount", "12.50", "Plan", "basic",
                            "GSW_CUSTOMER_ID", "C-7"));
            assertThat(chain.records()).allSatisfy(r -> assertThat(r.attributes()).doesNotContainKey("GSW_USER_EVENT"));
        }

        @Test
        void missingKeysOfARecordGetTheDocumentedDefaults() {
            CallingListRecord first = campaign(data, "Test Preview").chains().get(1).records().get(0);

            Map<String, Object> flat = GswRecordForm.toFlat(first);
            assertThat(flat).containsEntry("GSW_PHONE", "+441632960001")
                    .containsEntry("GSW_PHONE_TYPE", 1L)
                    .containsEntry("GSW_FROM", 0L)
                    .containsEntry("GSW_UNTIL", 86399L)
                    .containsEntry("GSW_TZ_NAME", "GMT")
                    .containsEntry("GSW_TZ_OFFSET", 0L)
                    .containsEntry("GSW_ATTEMPTS", 0L)
                    .containsEntry("GSW_CALL_RESULT", 28L)
                    .containsEntry("GSW_CAMPAIGN_NAME", "Test Preview")
                    .containsEntry("Plan", "premium")
                    .doesNotContainKeys("GSW_RECORD_TYPE", "GSW_RECORD_STATUS", "GSW_DATE_TIME");
        }

        @Test
        void aValueGivenInTheFileWinsOverTheDefault() {
            CallingListRecord second = campaign(data, "Test Preview").chains().get(1).records().get(1);

            assertThat(GswRecordForm.toFlat(second)).containsEntry("GSW_PHONE_TYPE", 4L);
        }

        @Test
        void handlesGivenInTheFileAreKept() {
            assertThat(campaign(data, "Test Preview").chains().get(0).handles())
                    .containsExactly(RecordHandle.of(10), RecordHandle.of(11));
            assertThat(campaign(data, "Test Push").chains().get(0).handles()).containsExactly(RecordHandle.of(40));
        }

        @Test
        void missingHandlesAreConsecutiveNumbersAboveTheLargestGivenAnywhereInTheFile() {
            List<RecordHandle> defaulted = campaign(data, "Test Preview").chains().get(1).handles();

            assertThat(defaulted.get(0).value()).as("above 40, given in the second campaign").isGreaterThan(40);
            assertThat(defaulted.get(1).value()).isEqualTo(defaulted.get(0).value() + 1);
        }

        @Test
        void aChainWithoutChainIdsGetsOneIdAboveTheLargestGiven() {
            Chain defaulted = campaign(data, "Test Preview").chains().get(1);

            assertThat(defaulted.records()).extracting(CallingListRecord::chainId).containsOnly(defaulted.id());
            assertThat(defaulted.id().value()).isGreaterThan(9);
        }

        @Test
        void generatedChainsFollowTheExplicitOnesWithHandlesAboveAllOthers() {
            List<Chain> chains = campaign(data, "Test Push").chains();
            List<Chain> generated = chains.subList(1, chains.size());
            long firstGenerated = generated.get(0).delivered().handle().value();

            assertThat(generated).hasSize(3);
            assertThat(campaign(data, "Test Preview").chains().get(1).handles())
                    .allMatch(handle -> handle.value() < firstGenerated);
            assertThat(generated).isEqualTo(RecordGenerator.generate("Test Push", 3, 5, firstGenerated,
                    generated.get(0).id().value(), ZONES_AT));
        }

        @Test
        void everyHandleAndChainIdOfTheFileIsUnique() {
            List<Chain> all = data.campaigns().stream().flatMap(c -> c.chains().stream()).toList();

            assertThat(all.stream().flatMap(c -> c.handles().stream()).toList()).doesNotHaveDuplicates();
            assertThat(all.stream().map(Chain::id).toList()).doesNotHaveDuplicates();
        }

        @Test
        void theDoNotCallListHoldsPhonesAndCustomerIds() {
            assertThat(data.doNotCall()).containsExactly(
                    DoNotCallEntry.ofPhone("+15550000099"),
                    DoNotCallEntry.ofCustomer("C-13"),
                    new DoNotCallEntry(Optional.of("+15550000098"), Optional.of("C-14")));
        }

        @Test
        void scriptedEventsAreReadInFileOrder() {
            assertThat(data.events()).containsExactly(
                    new DataSet.ScriptedEvent(Duration.ofSeconds(60), "Test Push", CampaignEvent.Type.STARTED),
                    new DataSet.ScriptedEvent(Duration.ZERO, "Test Preview", CampaignEvent.Type.MODE_CHANGED));
        }

        @Test
        void theRecordCountCoversExplicitAndGeneratedRecords() {
            long generatedRecords = campaign(data, "Test Push").chains().stream().skip(1)
                    .mapToLong(c -> c.records().size()).sum();

            assertThat(data.recordCount()).isEqualTo(2 + 2 + 1 + generatedRecords);
        }

        @Test
        void readingAFileByPathGivesTheSameDataAsTheResource() throws URISyntaxException {
            Path file = Path.of(DataSetReaderTest.class.getResource(SMALL_FILE).toURI());

            assertThat(new DataSetReader(ZONES_AT, 0, 0).read(file)).isEqualTo(data);
        }
    }

    // ------------------------------------------------------------------------------------------ generation knobs

    @Nested
    class ExtraChainsAndSeedOffset {
        @Test
        void readingTheSameFileTwiceGivesEqualData() {
            assertThat(readSmallFile(4, 2)).isEqualTo(readSmallFile(4, 2));
        }

        @Test
        void oneReaderReadingTwiceGivesEqualDataFromHandleOne() {
            DataSetReader reader = new DataSetReader(ZONES_AT, 4, 2);

            DataSet first = reader.readResource(SMALL_FILE);
            DataSet second = reader.readResource(SMALL_FILE);

            assertThat(second).isEqualTo(first);
        }

        @Test
        void aCampaignThatGeneratedInAnEarlierReadDoesNotCountInTheNext() {
            DataSetReader reader = new DataSetReader(ZONES_AT, 10, 0, Optional.of("Preview Sales"));
            reader.readResource(MockBackendProvider.BUNDLED_DATA);

            assertThatThrownBy(() -> reader.read("{\"campaigns\": []}", "an empty file"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("those that do: none");
        }

        @Test
        void extraChainsAreAddedToEveryGeneratingCampaign() {
            DataSet data = readSmallFile(5, 0);

            assertThat(campaign(data, "Test Push").chains()).hasSize(1 + 3 + 5);
            assertThat(campaign(data, "Test Preview").chains()).as("no generate section, nothing added").hasSize(2);
        }

        @Test
        void extraChainsMeantForOneCampaignGoToItAlone() {
            DataSet data = new DataSetReader(ZONES_AT, 10, 0, Optional.of("Preview Sales"))
                    .readResource(MockBackendProvider.BUNDLED_DATA);
            DataSet plain = new DataSetReader(ZONES_AT, 0, 0).readResource(MockBackendProvider.BUNDLED_DATA);

            assertThat(campaign(data, "Preview Sales").chains()).hasSize(campaign(plain, "Preview Sales").chains()
                    .size() + 10);
            assertThat(campaign(data, "Direct Push Renewals").chains()).hasSameSizeAs(
                    campaign(plain, "Direct Push Renewals").chains());
        }

        @Test
        void extraChainsMeantForACampaignThatDoesNotGenerateAreRefusedNamingThoseThatDo() {
            DataSetReader reader = new DataSetReader(ZONES_AT, 10, 0, Optional.of("Outbound Campaign "
                    + "Custom"));

            assertThatThrownBy(() -> reader.readResource(MockBackendProvider.BUNDLED_DATA))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("the extra chains are meant for campaign \"Outbound Campaign Custom\", but "
                            + "no campaign of that name generates records; those that do: Customer Survey, Direct "
                            + "Push Renewals, Predictive Collections, Preview Sales");
        }

        @Test
        void theGeneratedChainsAreThoseOfTheFileFollowedByMore() {
            List<Chain> plain = campaign(readSmallFile(0, 0), "Test Push").chains();
            List<Chain> more = campaign(readSmallFile(5, 0), "Test Push").chains();

            assertThat(more.subList(0, plain.size())).isEqualTo(plain);
        }

        @Test
        void aSeedOffsetChangesTheGeneratedRecordsOnly() {
            DataSet plain = readSmallFile(0, 0);
            DataSet shifted = readSmallFile(0, 1);

            assertThat(campaign(shifted, "Test Preview")).isEqualTo(campaign(plain, "Test Preview"));
            assertThat(campaign(shifted, "Test Push").chains().get(0))
                    .isEqualTo(campaign(plain, "Test Push").chains().get(0));
            List<Chain> generated = campaign(shifted, "Test Push").chains().subList(1, 4);
            assertThat(generated).isNotEqualTo(campaign(plain, "Test Push").chains().subList(1, 4));
            assertThat(generated).as("the file's seed 5 plus the offset 1").isEqualTo(RecordGenerator.generate(
                    "Test Push", 3, 6, generated.get(0).delivered().handle().value(), generated.get(0).id().value(),
                    ZONES_AT));
        }
    }

    // ------------------------------------------------------------------------------------------ the bundled data

    @Nested
    class TheBundledData {
        private final DataSet data = new DataSetReader(ZONES_AT, 0, 0).readResource(MockBackendProvider.BUNDLED_DATA);

        @Test
        void itHoldsTheSeedsCampaignAndTheDemoCampaigns() {
            assertThat(data.campaigns()).extracting(c -> c.campaign().name()).containsExactly(
                    "Outbound Campaign Custom", "Preview Sales", "Direct Push Renewals", "Customer Survey",
                    "Predictive Collections");
            assertThat(campaign(data, "Outbound Campaign Custom").campaign().groupName())
                    .isEqualTo("Outbound Campaign Custom@Agent Group Outbound");
        }

        @Test
        void chainThreeOfTheSeedCampaignIsTheSeedsRecords283And284() {
            Chain chain = campaign(data, "Outbound Campaign Custom").chains().stream()
                    .filter(c -> c.id().equals(ChainId.of(3))).findFirst().orElseThrow();

            List<Map<String, Object>> flat = chain.toFlat();
            assertThat(flat).hasSize(2);
            assertThat(flat.get(0)).isEqualTo(seedRecord283());
            assertThat(flat.get(1)).isEqualTo(seedRecord284());
        }

        @Test
        void theSeedRecordIsInTheAustralianCentralZone() {
            CallingListRecord seed = campaign(data, "Outbound Campaign Custom").chains().get(0).delivered();

            assertThat(seed.handle()).isEqualTo(RecordHandle.of(283));
            assertThat(seed.timeZone().name()).isEqualTo("ACT");
            assertThat(seed.timeZone().offsetSeconds()).isEqualTo(34200);
        }

        @Test
        void itHoldsSeveralThousandRecords() {
            assertThat(data.recordCount()).isGreaterThan(2000);
        }

        @Test
        void itsRecordsLiveInManyTimeZones() {
            Set<String> zones = data.campaigns().stream().flatMap(c -> c.chains().stream())
                    .flatMap(c -> c.records().stream()).map(r -> r.timeZone().name()).collect(Collectors.toSet());

            assertThat(zones).containsAll(RecordGenerator.ZONES);
        }

        @Test
        void everyHandleIsUsedOnce() {
            List<RecordHandle> handles = data.campaigns().stream().flatMap(c -> c.chains().stream())
                    .flatMap(c -> c.handles().stream()).toList();

            assertThat(new HashSet<>(handles)).hasSameSizeAs(handles);
        }

        @Test
        void itScriptsTheSurveyCampaignAndBlocksOnePhone() {
            assertThat(data.events()).containsExactly(
                    new DataSet.ScriptedEvent(Duration.ofSeconds(120), "Customer Survey", CampaignEvent.Type.STARTED),
                    new DataSet.ScriptedEvent(Duration.ofSeconds(3600), "Customer Survey",
                            CampaignEvent.Type.STOPPED));
            assertThat(data.doNotCall()).containsExactly(DoNotCallEntry.ofPhone("+33647099"));
        }

        private Map<String, Object> seedRecord283() {
            return SeedSamples.deliveredRecord();
        }

        private Map<String, Object> seedRecord284() {
            return SeedSamples.chainedRecord();
        }
    }

    // ------------------------------------------------------------------------------------------ bad files

    @Nested
    class BadFiles {
        private static final String SOURCE = "bad.json";

        /** JSON written with single quotes for readability; every ' becomes ". */
        private static String json(String singleQuoted) {
            return singleQuoted.replace('\'', '"');
        }

        /** A file with one campaign "Sales" whose body is the usual keys plus {@code extra}. */
        private static String salesWith(String extra) {
            return json("{'campaigns': [{'name': 'Sales', 'group': 'G', 'mode': 'Preview', 'state': 'Started'"
                    + (extra.isEmpty() ? "" : ", " + extra) + "}]}");
        }

        /** A file with one valid campaign "Sales" and these events. */
        private static String salesWithEvents(String events) {
            return json("{'campaigns': [{'name': 'Sales', 'group': 'G', 'mode': 'Preview', 'state': 'Started'}], "
                    + "'events': [" + events + "]}");
        }

        static Stream<Arguments> badFiles() {
            return Stream.of(
                    Arguments.of("unknown top-level key", json("{'campaigns': [], 'campaign': []}"),
                            List.of("the document", "unknown key \"campaign\"", "campaigns, doNotCall, events")),
                    Arguments.of("no campaigns", json("{'events': []}"), List.of("campaigns", "JSON array")),
                    Arguments.of("unknown campaign key", salesWith("'colour': 'red'"),
                            List.of("campaign \"Sales\"", "unknown key \"colour\"")),
                    Arguments.of("campaign without a name", json("{'campaigns': [{'group': 'G'}]}"),
                            List.of("a campaign", "\"name\"")),
                    Arguments.of("campaign without a group",
                            json("{'campaigns': [{'name': 'Sales', 'mode': 'Preview', 'state': 'Started'}]}"),
                            List.of("campaign \"Sales\"", "\"group\"")),
                    Arguments.of("campaign defined twice", json("{'campaigns': ["
                                    + "{'name': 'Sales', 'group': 'G', 'mode': 'Preview', 'state': 'Started'},"
                                    + "{'name': 'Sales', 'group': 'H', 'mode': 'Preview', 'state': 'Loaded'}]}"),
                            List.of("campaign \"Sales\"", "defined twice")),
                    Arguments.of("bad mode", json("{'campaigns': [{'name': 'Sales', 'group': 'G', "
                                    + "'mode': 'Previw', 'state': 'Started'}]}"),
                            List.of("campaign \"Sales\"", "Previw")),
                    Arguments.of("bad state", json("{'campaigns': [{'name': 'Sales', 'group': 'G', "
                                    + "'mode': 'Preview', 'state': 'Running'}]}"),
                            List.of("campaign \"Sales\"", "Running")),
                    Arguments.of("unknown field key", salesWith("'fields': [{'name': 'Score', 'fieldType': 'int', "
                                    + "'length': 3}]"),
                            List.of("campaign \"Sales\" field Score", "unknown key \"length\"")),
                    Arguments.of("bad field type", salesWith("'fields': [{'name': 'Score', "
                                    + "'fieldType': 'integer'}]"),
                            List.of("campaign \"Sales\"", "Score", "integer")),
                    Arguments.of("bad value type", salesWith("'fields': [{'name': 'Score', 'fieldType': 'int', "
                                    + "'valueType': 'numeric'}]"),
                            List.of("campaign \"Sales\"", "Score", "numeric")),
                    Arguments.of("enum without options", salesWith("'fields': [{'name': 'Plan', "
                                    + "'fieldType': 'enum'}]"),
                            List.of("campaign \"Sales\"", "Plan", "option")),
                    Arguments.of("editable is not true or false", salesWith("'fields': [{'name': 'Score', "
                                    + "'fieldType': 'int', 'editable': 'yes'}]"),
                            List.of("campaign \"Sales\"", "Score", "editable")),
                    Arguments.of("maxLength beyond the int range", salesWith("'fields': [{'name': 'Note', "
                                    + "'fieldType': 'var-char', 'maxLength': 4294967297}]"),
                            List.of("campaign \"Sales\"", "Note", "maxLength")),
                    Arguments.of("chains is not an array", salesWith("'chains': {}"),
                            List.of("campaign \"Sales\"", "chains")),
                    Arguments.of("record without GSW_PHONE", salesWith("'chains': [[{'GSW_TZ_NAME': 'EST'}]]"),
                            List.of("campaign \"Sales\" chain 1", "GSW_PHONE")),
                    Arguments.of("GSW_TZ_OFFSET beyond 18 hours", salesWith("'chains': [[{'GSW_PHONE': '+1555', "
                                    + "'GSW_TZ_OFFSET': 90000}]]"),
                            List.of("campaign \"Sales\" chain 1", "GSW_TZ_OFFSET", "90000")),
                    Arguments.of("GSW_TZ_OFFSET that is not a number", salesWith("'chains': [[{'GSW_PHONE': '+1444'}], "
                                    + "[{'GSW_PHONE': '+1555', 'GSW_TZ_OFFSET': 'east'}]]"),
                            List.of("campaign \"Sales\" chain 2", "GSW_TZ_OFFSET")),
                    Arguments.of("generate chains above the limit", salesWith("'generate': {'chains': 5000001, "
                                    + "'seed': 1}"),
                            List.of("campaign \"Sales\" generate", "chains", "5000001")),
                    Arguments.of("generate chains below zero", salesWith("'generate': {'chains': -1, 'seed': 1}"),
                            List.of("campaign \"Sales\" generate", "chains", "-1")),
                    Arguments.of("generate without a seed", salesWith("'generate': {'chains': 10}"),
                            List.of("campaign \"Sales\" generate", "\"seed\"")),
                    Arguments.of("unknown generate key", salesWith("'generate': {'chains': 10, 'seed': 1, "
                                    + "'zones': 3}"),
                            List.of("campaign \"Sales\" generate", "unknown key \"zones\"")),
                    Arguments.of("unknown doNotCall key", json("{'campaigns': [], 'doNotCall': [{'number': '1'}]}"),
                            List.of("doNotCall entry", "unknown key \"number\"")),
                    Arguments.of("event for an unknown campaign", salesWithEvents("{'afterSeconds': 5, "
                                    + "'campaign': 'Nope', 'event': 'CampaignStarted'}"),
                            List.of("event", "\"Nope\"", "not defined")),
                    Arguments.of("unknown event name", salesWithEvents("{'afterSeconds': 5, 'campaign': 'Sales', "
                                    + "'event': 'CampaignPaused'}"),
                            List.of("\"CampaignPaused\"", "CampaignStarted")),
                    Arguments.of("negative afterSeconds", salesWithEvents("{'afterSeconds': -5, "
                                    + "'campaign': 'Sales', 'event': 'CampaignStarted'}"),
                            List.of("afterSeconds", "-5")),
                    Arguments.of("malformed JSON", "{\"campaigns\": [}", List.of("JSON line 1, column 16")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("badFiles")
        void isRefusedNamingTheSourceAndThePlace(String problem, String json, List<String> placeAndDetail) {
            assertThatThrownBy(() -> new DataSetReader(ZONES_AT, 0, 0).read(json, SOURCE))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(SOURCE + ": ")
                    .satisfies(e -> assertThat(e.getMessage()).contains(placeAndDetail));
        }

        @Test
        void generatedChainsBeyondTheLimitCountTheExtraChains() {
            String file = salesWith("'generate': {'chains': 10, 'seed': 1}");

            assertThatThrownBy(() -> new DataSetReader(ZONES_AT, 5_000_000, 0).read(file, SOURCE))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("campaign \"Sales\" generate")
                    .hasMessageContaining("5000010");
        }

        static Stream<Arguments> oneHandleInTwoChains() {
            return Stream.of(
                    Arguments.of("in one campaign", salesWith("'chains': [[{'GSW_RECORD_HANDLE': 5, "
                            + "'GSW_PHONE': '+1555'}], [{'GSW_RECORD_HANDLE': 5, 'GSW_PHONE': '+1666'}]]")),
                    Arguments.of("in two campaigns", json("{'campaigns': ["
                            + "{'name': 'Sales', 'group': 'G', 'mode': 'Preview', 'state': 'Started', "
                            + "'chains': [[{'GSW_RECORD_HANDLE': 5, 'GSW_PHONE': '+1555'}]]},"
                            + "{'name': 'Survey', 'group': 'G', 'mode': 'Preview', 'state': 'Started', "
                            + "'chains': [[{'GSW_RECORD_HANDLE': 5, 'GSW_PHONE': '+1666'}]]}]}")));
        }

        /**
         * A handle names one record for the whole session: the simulator finds a held record by its handle, so a
         * file that gives one handle to two records must be refused when it is read, naming the handle.
         */
        @ParameterizedTest(name = "{0}")
        @MethodSource("oneHandleInTwoChains")
        void aHandleGivenToTwoRecordsIsRefused(String where, String json) {
            assertThatThrownBy(() -> new DataSetReader(ZONES_AT, 0, 0).read(json, SOURCE))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(SOURCE + ": ")
                    .hasMessageContainingAll("handle", "5");
        }

        @Test
        void aMissingFileIsRefusedNamingItsPath() {
            Path missing = Path.of("no-such-directory", "simulator-data.json");

            assertThatThrownBy(() -> new DataSetReader(ZONES_AT, 0, 0).read(missing))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining(missing.toString());
        }

        @Test
        void aMissingResourceIsRefusedNamingIt() {
            assertThatThrownBy(() -> new DataSetReader(ZONES_AT, 0, 0).readResource("/data/none.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("/data/none.json");
        }
    }

    private static Map<String, String> orderedMap(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
