package dev.outbound.domain.record;

/** The names of the {@code GSW_*} keys the domain reads and writes; any other key rides along untouched. */
public final class GswKeys {
    public static final String RECORD_HANDLE = "GSW_RECORD_HANDLE";
    public static final String CHAIN_ID = "GSW_CHAIN_ID";
    public static final String PHONE = "GSW_PHONE";
    public static final String PHONE_TYPE = "GSW_PHONE_TYPE";
    public static final String FROM = "GSW_FROM";
    public static final String UNTIL = "GSW_UNTIL";
    public static final String TZ_NAME = "GSW_TZ_NAME";
    public static final String TZ_OFFSET = "GSW_TZ_OFFSET";
    public static final String ATTEMPTS = "GSW_ATTEMPTS";
    public static final String CALL_RESULT = "GSW_CALL_RESULT";
    public static final String RECORD_TYPE = "GSW_RECORD_TYPE";
    public static final String RECORD_STATUS = "GSW_RECORD_STATUS";
    /** The callback time of a rescheduled record, in seconds since the epoch (UTC). */
    public static final String DATE_TIME = "GSW_DATE_TIME";
    /** The message label of a chain entry: PreviewRecord for the delivered record, ChainedRecord for the others. */
    public static final String USER_EVENT = "GSW_USER_EVENT";
    public static final String CAMPAIGN_NAME = "GSW_CAMPAIGN_NAME";
    public static final String CUSTOMER_ID = "GSW_CUSTOMER_ID";

    /** {@link #USER_EVENT} of the record that was delivered. */
    public static final String PREVIEW_RECORD = "PreviewRecord";
    /** {@link #USER_EVENT} of the other records of its chain. */
    public static final String CHAINED_RECORD = "ChainedRecord";

    private GswKeys() {}
}
