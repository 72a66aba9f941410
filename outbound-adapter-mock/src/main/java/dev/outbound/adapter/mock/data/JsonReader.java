package dev.outbound.adapter.mock.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for the simulator's data files, so that the in-memory backend needs no
 * JSON library. Objects become {@code LinkedHashMap<String, Object>} (key order kept), arrays {@code List},
 * whole numbers {@code Long}, other numbers {@code BigDecimal}, and {@code true/false/null} their Java values.
 * Errors name the line and column and what was expected.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON value that fills the whole text; fails with {@link DataFileException}. */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error("end of the document");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth >= MAX_DEPTH) {
            throw error("at most " + MAX_DEPTH + " nested objects or arrays");
        }
        if (pos >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("a value (object, array, string, number, true, false or null)");
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek('}')) {
            pos++;
            return Map.of();
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("a key in double quotes");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (object.containsKey(key)) {
                throw error("no repeated key (\"" + key + "\" appears twice)");
            }
            object.put(key, value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect('}');
            return Collections.unmodifiableMap(object);
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek(']')) {
            pos++;
            return List.of();
        }
        while (true) {
            skipWhitespace();
            array.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(']');
            return Collections.unmodifiableList(array);
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                pos--;
                throw error("no control character inside a string (escape it)");
            } else {
                out.append(c);
            }
        }
        throw error("the closing quote of a string");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("an escape sequence");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = pos < text.length() ? hexDigit(text.charAt(pos)) : -1;
                    if (digit < 0) {
                        throw error("four hex digits after \\u");
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                return (char) code;
            default:
                pos--;
                throw error("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    private Object number() {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        if (peek('0')) {
            pos++;
        } else if (!digits()) {
            throw error("digits in a number");
        }
        boolean whole = true;
        if (peek('.')) {
            pos++;
            whole = false;
            if (!digits()) {
                throw error("digits after the decimal point");
            }
        }
        if (peek('e') || peek('E')) {
            pos++;
            whole = false;
            if (peek('+') || peek('-')) {
                pos++;
            }
            if (!digits()) {
                throw error("digits in the exponent");
            }
        }
        String number = text.substring(start, pos);
        if (whole && number.length() <= 18) {
            return Long.parseLong(number);
        }
        BigDecimal decimal = new BigDecimal(number);
        if (whole) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return decimal;
            }
        }
        return decimal;
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("a value (object, array, string, number, true, false or null)");
        }
        pos += word.length();
        return value;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private DataFileException error(String expected) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String found = pos >= text.length() ? "the end of the text" : "'" + text.charAt(pos) + "'";
        return new DataFileException("JSON line " + line + ", column " + column + ": expected " + expected
                + ", found " + found);
    }
}
