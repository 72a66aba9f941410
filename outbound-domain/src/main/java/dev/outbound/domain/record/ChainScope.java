package dev.outbound.domain.record;

/**
 * How much of a customer's chain a DoNotCall or a RequestRecordCancel finishes ({@code GSW_CHAIN_ATTR}): the whole
 * chain, or only the one record the request names.
 */
public enum ChainScope {
    /** {@code AllChain}: every record of the customer's chain. */
    ALL_CHAIN("AllChain"),
    /** {@code RecordOnly}: only the record the request names. */
    RECORD_ONLY("RecordOnly");

    private final String wireName;

    ChainScope(String wireName) {
        this.wireName = wireName;
    }

    /** The OCS name: AllChain or RecordOnly. */
    public String wireName() {
        return wireName;
    }
}
