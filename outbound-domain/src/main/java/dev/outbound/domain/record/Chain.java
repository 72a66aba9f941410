package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The records of one customer as a desktop receives them: the delivered record first, then the other records of
 * its chain, each with its own phone number. A record's position in the chain is its index here.
 */
public record Chain(List<CallingListRecord> records) {
    public Chain {
        if (records == null || records.isEmpty()) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a chain needs at least one record");
        }
        records = List.copyOf(records);
        ChainId id = records.get(0).chainId();
        Set<RecordHandle> handles = new HashSet<>();
        for (CallingListRecord record : records) {
            if (!record.chainId().equals(id)) {
                throw new OutboundException(ErrorCode.INVALID_RECORD, "record " + record.handle() + " belongs to chain "
                        + record.chainId() + ", not to chain " + id);
            }
            if (!handles.add(record.handle())) {
                throw new OutboundException(ErrorCode.INVALID_RECORD, "record " + record.handle()
                        + " appears twice in chain " + id);
            }
        }
    }

    /** A chain of one record. */
    public static Chain of(CallingListRecord delivered) {
        return new Chain(List.of(delivered));
    }

    /** The chain's id. */
    public ChainId id() {
        return records.get(0).chainId();
    }

    /** The record that was delivered (pulled or pushed). */
    public CallingListRecord delivered() {
        return records.get(0);
    }

    /** The record with that handle, if it is part of this chain. */
    public Optional<CallingListRecord> find(RecordHandle handle) {
        for (CallingListRecord record : records) {
            if (record.handle().equals(handle)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** The record with that handle; fails with {@link ErrorCode#RECORD_NOT_IN_CHAIN} when it is not here. */
    public CallingListRecord require(RecordHandle handle) {
        return find(handle).orElseThrow(() -> new OutboundException(ErrorCode.RECORD_NOT_IN_CHAIN, "record handle "
                + handle + " is not part of this chain; its records are " + handles()));
    }

    /** The handles of the chain, in order. */
    public List<RecordHandle> handles() {
        return records.stream().map(CallingListRecord::handle).toList();
    }

    /** This chain with one record replaced by {@code change} applied to it; the handle must stay the same. */
    public Chain replace(RecordHandle handle, UnaryOperator<CallingListRecord> change) {
        CallingListRecord before = require(handle);
        CallingListRecord after = change.apply(before);
        if (!after.handle().equals(handle)) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a change may not alter a record's handle");
        }
        List<CallingListRecord> changed = new ArrayList<>(records);
        changed.set(records.indexOf(before), after);
        return new Chain(changed);
    }

    /**
     * The chain in flat form, as {@code getChainedRecords} returns it: each record's keys plus
     * {@code GSW_USER_EVENT}, PreviewRecord for the delivered record and ChainedRecord for the others.
     */
    public List<Map<String, Object>> toFlat() {
        List<Map<String, Object>> flat = new ArrayList<>();
        for (CallingListRecord record : records) {
            TreeMap<String, Object> entry = new TreeMap<>(GswRecordForm.toFlat(record));
            entry.put(GswKeys.USER_EVENT, flat.isEmpty() ? GswKeys.PREVIEW_RECORD : GswKeys.CHAINED_RECORD);
            flat.add(java.util.Collections.unmodifiableMap(entry));
        }
        return List.copyOf(flat);
    }

    /** Reads a chain from its flat form; the first entry is the delivered record. */
    public static Chain fromFlat(List<? extends Map<String, ?>> flat) {
        if (flat == null) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a chain needs at least one record");
        }
        return new Chain(flat.stream().map(GswRecordForm::fromFlat).toList());
    }
}
