package dev.outbound.domain.dnc;

import java.util.Optional;

/**
 * Answers whether a number or a customer may not be called. The simulator keeps one in memory; a production
 * backend asks OCS. Dialing always checks it first: a number on it is never delivered.
 */
@FunctionalInterface
public interface DoNotCallList {
    /** A list that blocks nothing. */
    DoNotCallList EMPTY = (phone, customerId) -> false;

    /** Whether the phone, or the customer id when there is one, is on the list. */
    boolean blocks(String phone, Optional<String> customerId);
}
