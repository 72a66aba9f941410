package dev.outbound.domain.field;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Exact conversion of any Java {@link Number} to a {@link BigDecimal}, shared by values and rendering. */
final class Decimals {
    private Decimals() {}

    /** The number as an exact decimal; empty for NaN and infinities, which no decimal represents. */
    static Optional<BigDecimal> exact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (number instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        if (isWhole(number)) {
            return Optional.of(BigDecimal.valueOf(number.longValue()));
        }
        if (number instanceof Float single) {
            // Float.toString gives the shortest decimal that reads back as this float: 1.1f is 1.1, not 1.100000023...
            return Float.isFinite(single) ? Optional.of(new BigDecimal(Float.toString(single))) : Optional.empty();
        }
        double value = number.doubleValue();
        return Double.isFinite(value) ? Optional.of(BigDecimal.valueOf(value)) : Optional.empty();
    }

    /** Whether the number is one of the JDK's whole-number types. */
    static boolean isWhole(Number number) {
        return number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof AtomicLong || number instanceof AtomicInteger
                || number instanceof BigInteger;
    }
}
