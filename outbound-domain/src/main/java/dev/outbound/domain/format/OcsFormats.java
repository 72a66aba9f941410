package dev.outbound.domain.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The strict text forms the desktop uses for dates and times: {@code MM/DD/YYYY HH:MM} for a date-time and
 * {@code HH:MM} (or {@code HH.MM}, which the WWE documentation's own sample sends) for a time of day.
 *
 * <p>Strict means: exactly two digits for month, day, hour and minute, four for the year; a real calendar date
 * (no 02/30); a 24-hour clock from 00:00 to 23:59 (no 24:00). Anything else is "not parsed" rather than
 * guessed at, so callers can report what was expected.
 */
public final class OcsFormats {
    /** The date-time form, as said to people in error messages. */
    public static final String DATE_TIME_PATTERN = "MM/DD/YYYY HH:MM";
    /** The time-of-day form, as said to people in error messages. */
    public static final String TIME_PATTERN = "HH:MM";

    private OcsFormats() {}

    /** Parses {@code MM/DD/YYYY HH:MM}; empty when the text is not exactly that form or not a real date-time. */
    public static Optional<LocalDateTime> parseDateTime(String text) {
        if (text == null || text.length() != 16 || text.charAt(2) != '/' || text.charAt(5) != '/'
                || text.charAt(10) != ' ') {
            return Optional.empty();
        }
        int month = digits(text, 0, 2);
        int day = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        Optional<LocalTime> time = parseTimeOfDay(text.substring(11), false);
        if (month < 0 || day < 0 || year < 1 || time.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(LocalDate.of(year, month, day), time.get()));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }

    /** Parses {@code HH:MM} or {@code HH.MM} (00:00 to 23:59); empty for anything else. */
    public static Optional<LocalTime> parseTimeOfDay(String text) {
        return parseTimeOfDay(text, true);
    }

    /**
     * Formats as {@code MM/DD/YYYY HH:MM}. Written digit by digit: every interaction the service answers carries
     * the customer's time in this form, and {@link String#format} made it a twentieth of the service's CPU.
     */
    public static String formatDateTime(LocalDateTime dateTime) {
        int year = dateTime.getYear();
        if (year < 0 || year > 9999) {
            return String.format("%02d/%02d/%04d %02d:%02d", dateTime.getMonthValue(), dateTime.getDayOfMonth(),
                    year, dateTime.getHour(), dateTime.getMinute());
        }
        char[] text = new char[16];
        twoDigits(text, 0, dateTime.getMonthValue());
        text[2] = '/';
        twoDigits(text, 3, dateTime.getDayOfMonth());
        text[5] = '/';
        twoDigits(text, 6, year / 100);
        twoDigits(text, 8, year % 100);
        text[10] = ' ';
        twoDigits(text, 11, dateTime.getHour());
        text[13] = ':';
        twoDigits(text, 14, dateTime.getMinute());
        return new String(text);
    }

    /** Formats as {@code HH:MM}. */
    public static String formatTimeOfDay(LocalTime time) {
        char[] text = new char[5];
        twoDigits(text, 0, time.getHour());
        text[2] = ':';
        twoDigits(text, 3, time.getMinute());
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    private static Optional<LocalTime> parseTimeOfDay(String text, boolean dotAllowed) {
        if (text == null || text.length() != 5) {
            return Optional.empty();
        }
        char separator = text.charAt(2);
        if (separator != ':' && !(dotAllowed && separator == '.')) {
            return Optional.empty();
        }
        int hour = digits(text, 0, 2);
        int minute = digits(text, 3, 5);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** The decimal value of text[from, to) when every char is an ASCII digit, else -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
