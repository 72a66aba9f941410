package dev.outbound.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed page's sample data (service-client-api-outbound), written as the flat maps a JSON reader gives:
 * whole numbers as Long, everything else as text.
 */
public final class SeedSamples {
    private SeedSamples() {}

    /** The first record of the getChainedRecords sample: the delivered record (handle 283). */
    public static Map<String, Object> deliveredRecord() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Custom_Character", "c");
        r.put("Custom_Datetime", "2021-03-17 14:42:39");
        r.put("Custom_Float", "16.64");
        r.put("Custom_Integer", 0L);
        r.put("Custom_String_with_default", "Hi there!");
        r.put("Custom_VarChar", "");
        commonKeys(r);
        r.put("GSW_CALL_ATTEMPT_GUID", "003DC7H6HG84DBRT1KMIF1TAES000031");
        r.put("GSW_PHONE", "+33647005");
        r.put("GSW_RECORD_HANDLE", 283L);
        r.put("GSW_REFERENCE_ID", 3L);
        r.put("GSW_USER_EVENT", "PreviewRecord");
        r.put("IW_BundleUid", "27458420-0348-4345-c693-45bd95b5c81f");
        r.put("IW_CaseUid", "a26f59d2-2979-43c5-5c1d-b0757f9ab077");
        r.put("WWE_OUTBOUND_CAMP_TYPE", "PreviewRecord");
        return r;
    }

    /** The second record of the sample: the other number of chain 3 (handle 284). */
    public static Map<String, Object> chainedRecord() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Custom_Character", "c");
        r.put("Custom_Datetime", "2021-03-17 14:42:32");
        r.put("Custom_Float", "51.69");
        r.put("Custom_Integer", 0L);
        r.put("Custom_String_with_default", "Hello General Kenobi");
        r.put("Custom_VarChar", "");
        commonKeys(r);
        r.put("GSW_CALL_ATTEMPT_GUID", "003DC7H6HG84DBRT1KMIF1TAES000031");
        r.put("GSW_PHONE", "+33647004");
        r.put("GSW_RECORD_HANDLE", 284L);
        r.put("GSW_REFERENCE_ID", 4L);
        r.put("GSW_USER_EVENT", "ChainedRecord");
        return r;
    }

    /** The sample's chain: delivered record first. */
    public static List<Map<String, Object>> chain() {
        return List.of(deliveredRecord(), chainedRecord());
    }

    private static void commonKeys(Map<String, Object> r) {
        r.put("GSW_AGENT_ID", "+33298025000");
        r.put("GSW_APPLICATION_ID", 139L);
        r.put("GSW_ATTEMPTS", 0L);
        r.put("GSW_CALLING_LIST", "Calling List Custom");
        r.put("GSW_CALLING_LIST_DBID", 101L);
        r.put("GSW_CALL_RESULT", 28L);
        r.put("GSW_CAMPAIGN_GROUP_DBID", 101L);
        r.put("GSW_CAMPAIGN_GROUP_DESCRIPTION", "");
        r.put("GSW_CAMPAIGN_GROUP_NAME", "Outbound Campaign Custom@Agent Group Outbound");
        r.put("GSW_CAMPAIGN_NAME", "Outbound Campaign Custom");
        r.put("GSW_CHAIN_ID", 3L);
        r.put("GSW_CONTACT_MEDIA_TYPE", "voice");
        r.put("GSW_FROM", 0L);
        r.put("GSW_PHONE_TYPE", 1L);
        r.put("GSW_SWITCH_DBID", 101L);
        r.put("GSW_TZ_NAME", "ACT");
        r.put("GSW_TZ_OFFSET", 34200L);
        r.put("GSW_UNTIL", 86399L);
        r.put("InteractionSubtype", "OutboundNew");
        r.put("InteractionType", "Outbound");
    }
}
