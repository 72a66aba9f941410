package dev.outbound.domain.record;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A read-only, key-sorted map whose values are already in {@link FlatValues}' normal form. Records hand theirs on
 * when they make a changed copy of themselves, so the copy does not normalize its attributes again: a record
 * changes state many times in its life, and each change should cost a few objects, not a map rebuild.
 */
final class NormalizedValues extends AbstractMap<String, Object> {
    private final SortedMap<String, Object> values;

    /** Wraps a sorted map the caller has normalized and will not change. */
    NormalizedValues(SortedMap<String, Object> normalized) {
        this.values = Collections.unmodifiableSortedMap(normalized);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
        values.forEach(action);
    }

    /** Every value is normal already. */
    static boolean isNormalized(Map<String, ?> map) {
        return map instanceof NormalizedValues;
    }
}
