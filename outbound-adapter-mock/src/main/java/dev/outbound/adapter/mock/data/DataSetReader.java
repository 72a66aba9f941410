package dev.outbound.adapter.mock.data;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldType;
import dev.outbound.domain.field.ValueType;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.GswKeys;
import dev.outbound.domain.record.GswRecordForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a simulator data file (JSON, documented in {@code docs/mock-backend.md}) into a {@link DataSet}: explicit
 * chains in the flat GSW form, generated chains ({@code "generate"}), the Do Not Call list and scripted events.
 * Records without a handle get one; every error names the campaign, chain or key at fault. Each read starts afresh
 * (handles and chain ids from 1), so one reader gives the same data set for the same text every time; a reader is
 * used by one thread at a time.
 */
public final class DataSetReader {
    private static final Set<String> TOP_KEYS = Set.of("campaigns", "doNotCall", "events");
    private static final Set<String> CAMPAIGN_KEYS = Set.of("name", "description", "group", "mode", "state",
            "fields", "chains", "generate");
    private static final long MAX_FIELD_LENGTH = 1_000_000;
    private static final Set<String> FIELD_KEYS = Set.of("name", "displayName", "fieldType", "valueType",
            "editable", "mandatory", "maxLength", "options");

    private final Instant zonesAt;
    private final long extraGenerated;
    private final long seedOffset;
    private final Optional<String> extraCampaign;
    private final Set<String> generating = new TreeSet<>();
    private long nextHandle = 1;
    private long nextChainId = 1;

    /**
     * @param zonesAt         the instant whose daylight saving generated records' offsets reflect
     * @param extraGenerated  chains to add to every campaign that has a {@code generate} section (0 for none)
     * @param seedOffset      added to every generator seed, to get other records from the same file
     */
    public DataSetReader(Instant zonesAt, long extraGenerated, long seedOffset) {
        this(zonesAt, extraGenerated, seedOffset, Optional.empty());
    }

    /**
     * @param extraCampaign the one campaign to add the extra chains to, which must have a {@code generate}
     *                      section; empty to add them to every campaign that has one
     */
    public DataSetReader(Instant zonesAt, long extraGenerated, long seedOffset, Optional<String> extraCampaign) {
        this.zonesAt = zonesAt;
        this.extraGenerated = extraGenerated;
        this.seedOffset = seedOffset;
        this.extraCampaign = extraCampaign;
    }

    /** Reads a file. */
    public DataSet read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new DataFileException("cannot read simulator data file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a class-path resource. */
    public DataSet readResource(String resource) {
        try (InputStream in = DataSetReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFileException("no simulator data resource " + resource);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new DataFileException("cannot read simulator data resource " + resource, e);
        }
    }

    /** Reads JSON text; {@code source} names it in messages. */
    public DataSet read(String json, String source) {
        generating.clear();
        nextHandle = 1;
        nextChainId = 1;
        try {
            Map<String, Object> top = object(JsonReader.parse(json), "the document");
            onlyKeys(top, TOP_KEYS, "the document");
            List<Map<String, Object>> campaignObjects = objects(top.get("campaigns"), "campaigns");
            reserveGivenHandles(campaignObjects);
            List<DataSet.CampaignData> campaigns = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (Map<String, Object> campaign : campaignObjects) {
                DataSet.CampaignData data = campaign(campaign);
                if (!names.add(data.campaign().name())) {
                    throw new DataFileException("campaign \"" + data.campaign().name() + "\" is defined twice");
                }
                campaigns.add(data);
            }
            requireUniqueHandles(campaigns);
            if (extraCampaign.isPresent() && !generating.contains(extraCampaign.get())) {
                throw new DataFileException("the extra chains are meant for campaign \"" + extraCampaign.get()
                        + "\", but no campaign of that name generates records; those that do: "
                        + (generating.isEmpty() ? "none" : String.join(", ", generating)));
            }
            return new DataSet(campaigns, doNotCall(top.get("doNotCall")), events(top.get("events"), names));
        } catch (DataFileException | OutboundException e) {
            throw new DataFileException(source + ": " + e.getMessage(), e);
        }
    }

    private DataSet.CampaignData campaign(Map<String, Object> json) {
        String name = text(json, "name", "a campaign");
        String where = "campaign \"" + name + "\"";
        try {
            return campaign(json, name, where);
        } catch (OutboundException e) {
            throw new DataFileException(where + ": " + e.getMessage(), e);
        }
    }

    private DataSet.CampaignData campaign(Map<String, Object> json, String name, String where) {
        onlyKeys(json, CAMPAIGN_KEYS, where);
        String group = text(json, "group", where);
        Campaign campaign = new Campaign(name, optionalText(json, "description").orElse(""), name + "@" + group,
                DialingMode.fromWireName(text(json, "mode", where)),
                CampaignState.fromWireName(text(json, "state", where)));
        List<FieldDefinition> custom = new ArrayList<>();
        for (Map<String, Object> field : objects(json.getOrDefault("fields", List.of()), where + " fields")) {
            custom.add(field(field, where));
        }
        List<Chain> chains = new ArrayList<>();
        for (Object chain : list(json.getOrDefault("chains", List.of()), where + " chains")) {
            chains.add(chain(chain, name, where + " chain " + (chains.size() + 1)));
        }
        if (json.containsKey("generate")) {
            Map<String, Object> generate = object(json.get("generate"), where + " generate");
            onlyKeys(generate, Set.of("chains", "seed"), where + " generate");
            generating.add(name);
            long extra = extraCampaign.map(name::equals).orElse(true) ? extraGenerated : 0;
            long count = number(generate, "chains", where + " generate") + extra;
            long seed = number(generate, "seed", where + " generate") + seedOffset;
            if (count < 0 || count > 5_000_000) {
                throw new DataFileException(where + " generate: chains must be from 0 to 5000000, was " + count);
            }
            List<Chain> generated = RecordGenerator.generate(name, (int) count, seed, nextHandle, nextChainId,
                    zonesAt);
            for (Chain chain : generated) {
                nextHandle += chain.records().size();
                nextChainId++;
            }
            chains.addAll(generated);
        }
        return new DataSet.CampaignData(campaign, FieldCatalog.withSystemFields(custom), chains);
    }

    private static FieldDefinition field(Map<String, Object> json, String where) {
        String name = text(json, "name", where + " field");
        String fieldWhere = where + " field " + name;
        try {
            return field(json, name, fieldWhere);
        } catch (OutboundException e) {
            throw new DataFileException(fieldWhere + ": " + e.getMessage(), e);
        }
    }

    private static FieldDefinition field(Map<String, Object> json, String name, String fieldWhere) {
        onlyKeys(json, FIELD_KEYS, fieldWhere);
        FieldType type = FieldType.fromWireName(text(json, "fieldType", fieldWhere));
        ValueType valueType = json.containsKey("valueType")
                ? ValueType.fromWireName(text(json, "valueType", fieldWhere))
                : defaultValueType(type);
        Map<String, String> options = new LinkedHashMap<>();
        object(json.getOrDefault("options", Map.of()), fieldWhere + " options")
                .forEach((key, label) -> options.put(key, String.valueOf(label)));
        long maxLength = json.containsKey("maxLength") ? number(json, "maxLength", fieldWhere)
                : (type == FieldType.CHAR ? 1 : FieldDefinition.DEFAULT_MAX_LENGTH);
        if (maxLength < 1 || maxLength > MAX_FIELD_LENGTH) {
            throw new DataFileException(fieldWhere + ": maxLength must be from 1 to " + MAX_FIELD_LENGTH + ", was "
                    + maxLength);
        }
        return new FieldDefinition(name, optionalText(json, "displayName").orElse(name), type, valueType,
                bool(json, "editable", false, fieldWhere), bool(json, "mandatory", false, fieldWhere), options,
                (int) maxLength);
    }

    private static ValueType defaultValueType(FieldType type) {
        return switch (type) {
            case INT, FLOAT, ENUM -> ValueType.NUMBER;
            case BOOL -> ValueType.BOOLEAN;
            default -> ValueType.STRING;
        };
    }

    /** A chain: its records in flat GSW form; missing keys get the defaults documented for the file. */
    private Chain chain(Object json, String campaign, String where) {
        long chainId = nextChainId++;
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> given : objects(json, where)) {
            Map<String, Object> flat = new HashMap<>(given);
            flat.putIfAbsent(GswKeys.RECORD_HANDLE, nextHandle++);
            flat.putIfAbsent(GswKeys.CHAIN_ID, chainId);
            flat.putIfAbsent(GswKeys.PHONE_TYPE, 1L);
            flat.putIfAbsent(GswKeys.FROM, 0L);
            flat.putIfAbsent(GswKeys.UNTIL, 86399L);
            flat.putIfAbsent(GswKeys.TZ_NAME, "GMT");
            flat.putIfAbsent(GswKeys.TZ_OFFSET, 0L);
            flat.putIfAbsent(GswKeys.ATTEMPTS, 0L);
            flat.putIfAbsent(GswKeys.CALL_RESULT, 28L);
            flat.putIfAbsent(GswKeys.CAMPAIGN_NAME, campaign);
            flat.remove(GswKeys.USER_EVENT);
            records.add(flat);
        }
        try {
            return Chain.fromFlat(records);
        } catch (OutboundException e) {
            throw new DataFileException(where + ": " + e.getMessage(), e);
        }
    }

    /** Handles written in the file are kept; generated and defaulted ones start after the largest of them. */
    private void reserveGivenHandles(List<Map<String, Object>> campaigns) {
        for (Map<String, Object> campaign : campaigns) {
            String where = "campaign \"" + campaign.get("name") + "\" chains";
            for (Object chain : list(campaign.getOrDefault("chains", List.of()), where)) {
                for (Object record : list(chain, "each entry of " + where)) {
                    if (record instanceof Map<?, ?> map) {
                        wholeNumber(map.get(GswKeys.RECORD_HANDLE))
                                .ifPresent(handle -> nextHandle = Math.max(nextHandle, handle + 1));
                        wholeNumber(map.get(GswKeys.CHAIN_ID))
                                .ifPresent(chainId -> nextChainId = Math.max(nextChainId, chainId + 1));
                    }
                }
            }
        }
    }

    /** A whole number written as a number or as decimal digits in text. */
    private static Optional<Long> wholeNumber(Object value) {
        if (value instanceof Long number) {
            return Optional.of(number);
        }
        if (value instanceof String text && text.matches("[0-9]{1,18}")) {
            return Optional.of(Long.parseLong(text));
        }
        return Optional.empty();
    }

    /** Every record handle names one record of the whole file. */
    private static void requireUniqueHandles(List<DataSet.CampaignData> campaigns) {
        Map<Long, String> seen = new HashMap<>();
        for (DataSet.CampaignData campaign : campaigns) {
            for (Chain chain : campaign.chains()) {
                for (var record : chain.records()) {
                    String before = seen.putIfAbsent(record.handle().value(), campaign.campaign().name());
                    if (before != null) {
                        throw new DataFileException("record handle " + record.handle() + " is used twice (campaign \""
                                + before + "\" and campaign \"" + campaign.campaign().name()
                                + "\"); every record of the file needs its own GSW_RECORD_HANDLE");
                    }
                }
            }
        }
    }

    private static List<DoNotCallEntry> doNotCall(Object json) {
        List<DoNotCallEntry> entries = new ArrayList<>();
        for (Map<String, Object> entry : objects(json == null ? List.of() : json, "doNotCall")) {
            onlyKeys(entry, Set.of("phone", "customerId"), "doNotCall entry");
            entries.add(new DoNotCallEntry(optionalText(entry, "phone"), optionalText(entry, "customerId")));
        }
        return entries;
    }

    private static List<DataSet.ScriptedEvent> events(Object json, Set<String> campaigns) {
        List<DataSet.ScriptedEvent> events = new ArrayList<>();
        for (Map<String, Object> event : objects(json == null ? List.of() : json, "events")) {
            onlyKeys(event, Set.of("afterSeconds", "campaign", "event"), "event");
            String campaign = text(event, "campaign", "event");
            if (!campaigns.contains(campaign)) {
                throw new DataFileException("event names campaign \"" + campaign + "\", which is not defined");
            }
            String name = text(event, "event", "event");
            CampaignEvent.Type type = Arrays.stream(CampaignEvent.Type.values())
                    .filter(t -> t.wireName().equals(name)).findFirst()
                    .orElseThrow(() -> new DataFileException("event \"" + name + "\" is not one of CampaignLoaded, "
                            + "CampaignStarted, CampaignStopped, CampaignUnloaded, CampaignModeChanged"));
            long after = number(event, "afterSeconds", "event");
            if (after < 0) {
                throw new DataFileException("event afterSeconds must not be negative, was " + after);
            }
            events.add(new DataSet.ScriptedEvent(Duration.ofSeconds(after), campaign, type));
        }
        return events;
    }

    // ---------------------------------------------------------------- typed access with clear errors

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json, String where) {
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new DataFileException(where + " must be a JSON object");
    }

    private static List<Object> list(Object json, String where) {
        if (json instanceof List<?> list) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(list));
        }
        throw new DataFileException(where + " must be a JSON array");
    }

    private static List<Map<String, Object>> objects(Object json, String where) {
        return list(json, where).stream().map(item -> object(item, "each entry of " + where)).toList();
    }

    private static String text(Map<String, Object> json, String key, String where) {
        if (json.get(key) instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new DataFileException(where + " needs \"" + key + "\" as non-empty text");
    }

    private static Optional<String> optionalText(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new DataFileException("\"" + key + "\" must be text, was " + value);
    }

    private static long number(Map<String, Object> json, String key, String where) {
        if (json.get(key) instanceof Long number) {
            return number;
        }
        throw new DataFileException(where + " needs \"" + key + "\" as a whole number");
    }

    private static boolean bool(Map<String, Object> json, String key, boolean defaultValue, String where) {
        Object value = json.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new DataFileException(where + ": \"" + key + "\" must be true or false, was " + value);
    }

    private static void onlyKeys(Map<String, Object> json, Set<String> allowed, String where) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw new DataFileException(where + " has unknown key \"" + key + "\"; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
