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
        String digits = digitsOf(phone);
        return digits == null ? Optional.empty() : Optional.of(new ListedNumber(digits));
    }

    /**
     * The {@link #digits()} of {@code phone}'s listed form, or null when it holds no digit: for lists that keep
     * digits and check every number dialed, without the objects of {@link #of}. A number already written as digits
     * alone, with or without a leading {@code +}, costs no copy of its characters but the one {@code +} drops.
     */
    public static String digitsOf(String phone) {
        if (phone == null) {
            return null;
        }
        int start = phone.startsWith("+") ? 1 : 0;
        if (isPlainDigits(phone, start) && !(start == 0 && phone.startsWith("00") && phone.length() > 2)) {
            return start == 0 ? phone : phone.substring(1);
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
        return digits.length() == 0 ? null : digits.toString();
    }

    private static boolean isPlainDigits(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
