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
    /** The {@link ListedNumber#digits()} of the listed phones. */
    private final Set<String> phones = ConcurrentHashMap.newKeySet();
    private final Set<String> customers = ConcurrentHashMap.newKeySet();

    /** Adds an entry. */
    public void add(DoNotCallEntry entry) {
        entry.phone().map(ListedNumber::digitsOf).ifPresent(phones::add);
        entry.customerId().ifPresent(customers::add);
    }

    @Override
    public boolean blocks(String phone, Optional<String> customerId) {
        String digits = phones.isEmpty() ? null : ListedNumber.digitsOf(phone);
        return digits != null && phones.contains(digits)
                || customerId.isPresent() && customers.contains(customerId.get());
    }

    /** How many phones and customer ids the list holds. */
    public int size() {
        return phones.size() + customers.size();
    }
}
