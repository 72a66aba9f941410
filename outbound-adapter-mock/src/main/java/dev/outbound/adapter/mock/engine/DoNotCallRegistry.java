package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.dnc.DoNotCallList;
import dev.outbound.domain.dnc.ListedNumber;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's Do Not Call list: phones (compared as {@link ListedNumber}s, so however they are written) and
 * customer ids, shared by every campaign, safe for any thread.
 */
public final class DoNotCallRegistry implements DoNotCallList {
    private final Set<ListedNumber> phones = ConcurrentHashMap.newKeySet();
    private final Set<String> customers = ConcurrentHashMap.newKeySet();

    /** Adds an entry. */
    public void add(DoNotCallEntry entry) {
        entry.phone().flatMap(ListedNumber::of).ifPresent(phones::add);
        entry.customerId().ifPresent(customers::add);
    }

    @Override
    public boolean blocks(String phone, Optional<String> customerId) {
        return ListedNumber.of(phone).map(phones::contains).orElse(false)
                || customerId.map(customers::contains).orElse(false);
    }

    /** How many phones and customer ids the list holds. */
    public int size() {
        return phones.size() + customers.size();
    }
}
