package dev.outbound.domain.dnc;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.Optional;

/**
 * A phone number in the form a Do Not Call list compares: its digits alone, without the separators people write
 * ({@code +1 (555) 010-0199}, {@code 1.555.010.0199}) and without the international prefix ({@code +} or a
 * leading {@code 00}). All of {@code +33 6 47 00 99}, {@code +33.647.00.99}, {@code 0033 647 00 99} and
 * {@code 33-647-0099} are the listed number {@code 336470099}: a number on the list stays blocked however the
 * agent or the calling list writes it.
 *
 * <p>A national number written without its country code (such as {@code 06 47 00 99}) is not matched to its
 * international form: which country it belongs to is not known here.
 *
 * @param digits the number's digits, at least one, 0-9 only
 */
public record ListedNumber(String digits) {
    public ListedNumber {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, "a listed number is one or more digits 0-9; was \""
                    + digits + "\"");
        }
    }

    /** The listed form of {@code phone}, or empty when it holds no digit at all (it cannot be on a list). */
    public static Optional<ListedNumber> of(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(phone.length());
        boolean plus = false;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0) {
                plus = true;
            }
        }
        if (!plus && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            digits.delete(0, 2);
        }
        return digits.length() == 0 ? Optional.empty() : Optional.of(new ListedNumber(digits.toString()));
    }
}
