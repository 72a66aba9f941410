package dev.outbound.domain.dnc;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.util.Optional;

/**
 * One entry of a Do Not Call list: a phone number, a customer id, or both. A record is blocked when its phone or
 * its customer id is on the list.
 */
public record DoNotCallEntry(Optional<String> phone, Optional<String> customerId) {
    public DoNotCallEntry {
        Require.present(phone, "phone (empty when the entry is by customer id)");
        Require.present(customerId, "customer id (empty when the entry is by phone)");
        phone.ifPresent(p -> Require.nonBlank(p, "Do Not Call phone"));
        customerId.ifPresent(id -> Require.nonBlank(id, "Do Not Call customer id"));
        if (phone.isEmpty() && customerId.isEmpty()) {
            throw new OutboundException(ErrorCode.INVALID_VALUE,
                    "a Do Not Call entry needs a phone, a customer id, or both");
        }
    }

    /** An entry for a phone number. */
    public static DoNotCallEntry ofPhone(String phone) {
        return new DoNotCallEntry(Optional.of(phone), Optional.empty());
    }

    /** An entry for a customer id. */
    public static DoNotCallEntry ofCustomer(String customerId) {
        return new DoNotCallEntry(Optional.empty(), Optional.of(customerId));
    }
}
