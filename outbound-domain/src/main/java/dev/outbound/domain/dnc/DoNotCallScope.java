package dev.outbound.domain.dnc;

/** What a Do Not Call request finishes ({@code GSW_CHAIN_ATTR}): the whole chain, or only the one record. */
public enum DoNotCallScope {
    /** {@code AllChain}: every record of the customer's chain. */
    ALL_CHAIN("AllChain"),
    /** {@code RecordOnly}: only the record the request names. */
    RECORD_ONLY("RecordOnly");

    private final String wireName;

    DoNotCallScope(String wireName) {
        this.wireName = wireName;
    }

    /** The OCS name: AllChain or RecordOnly. */
    public String wireName() {
        return wireName;
    }
}
