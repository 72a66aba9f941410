package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;

/** The kind of number a record holds: the twelve values of OCS's {@code GSW_PHONE_TYPE}, with their labels. */
public enum PhoneType {
    NONE(0, "None"),
    HOME(1, "Home Phone"),
    DIRECT_BUSINESS(2, "Direct Business Phone"),
    BUSINESS_WITH_EXTENSION(3, "Business With Extension"),
    MOBILE(4, "Mobile"),
    VACATION(5, "Vacation Phone"),
    PAGER(6, "Pager"),
    MODEM(7, "Modem"),
    VOICE_MAIL(8, "Voice Mail"),
    PIN_PAGER(9, "Pin Pager"),
    EMAIL_ADDRESS(10, "Email Address"),
    INSTANT_MESSAGING(11, "Instant Messaging");

    private static final PhoneType[] BY_CODE = values();

    private final int code;
    private final String label;

    PhoneType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The number OCS uses for this type. */
    public int code() {
        return code;
    }

    /** The label a desktop shows for this type. */
    public String label() {
        return label;
    }

    /** The type with that OCS number; fails with {@link ErrorCode#INVALID_PHONE_TYPE} for any other number. */
    public static PhoneType ofCode(long code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new OutboundException(ErrorCode.INVALID_PHONE_TYPE,
                    "phone type must be a number from 0 to 11 (GSW_PHONE_TYPE), was " + code);
        }
        return BY_CODE[(int) code];
    }
}
