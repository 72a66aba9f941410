package dev.outbound.adapter.http.json;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Says in a plain sentence why a body is not JSON: what is wrong, where (line and column, when the reader knows),
 * and what was expected; for example {@code found ''' where a key in double quotes was expected (line 1, column
 * 2)}.
 *
 * <p>Jackson's own messages are written for Java programmers: they name its classes and features ({@code bound as
 * `tools.jackson.databind.JsonNode`}, {@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`}) and a redacted
 * source. Clients must not see those, so each message Jackson gives is matched to a sentence of our own; a message
 * no rule knows gets a general sentence with the position, never Jackson's text.
 */
public final class MalformedJson {
    private static final Pattern CHARACTER = Pattern.compile(
            "\\('(.+?)' \\(code (\\d+)[^)]*\\)\\)|\\(\\(CTRL-CHAR, code (\\d+)[^)]*\\)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("property \"(.*)\"", Pattern.DOTALL);
    private static final String A_VALUE = "a value (a string in double quotes, a number, an object, an array, true, "
            + "false or null)";

    /** One kind of problem: how Jackson words it, and how we do. */
    private record Rule(String clue, Function<String, String> sentence) {}

    private static final List<Rule> RULES = List.of(
            new Rule("Trailing token", m -> "there is more after the end of the JSON value; the body must hold "
                    + "exactly one JSON object"),
            new Rule("expected close marker for Object", m -> "it ends before an object is closed; "
                    + "expected a } for every {"),
            new Rule("expected close marker for Array", m -> "it ends before an array is closed; "
                    + "expected a ] for every ["),
            new Rule("end-of-input in VALUE_STRING", m -> "it ends inside a string; expected its closing "
                    + "double quote"),
            new Rule("end-of-input in field name", m -> "it ends inside a key; expected its closing double "
                    + "quote"),
            new Rule("between Object entries", m -> "it ends inside an object; expected a key, a value or }"),
            new Rule("between Array entries", m -> "it ends inside an array; expected a value or ]"),
            new Rule("end-of-input", m -> "it ends before the JSON value is complete"),
            new Rule("Non-standard token", m -> "found " + quotedToken(m) + ", which JSON does not have: a number is "
                    + "written in digits, such as 42 or 1.5, and there is no NaN or Infinity"),
            new Rule("comment", m -> "found a comment, which JSON does not allow; remove it"),
            new Rule("Duplicate Object property", m -> "the key " + duplicateKey(m) + " appears twice in one "
                    + "object; each key may appear only once"),
            new Rule("double-quote to start property name", m -> "found " + character(m) + " where a key in double "
                    + "quotes was expected (JSON has no single quotes, unquoted keys or trailing commas)"),
            new Rule("colon to separate", m -> "found " + character(m) + " where a colon after the key was "
                    + "expected"),
            new Rule("comma to separate Object entries", m -> "found " + character(m) + " where a comma or } was "
                    + "expected"),
            new Rule("comma to separate Array entries", m -> "found " + character(m) + " where a comma or ] was "
                    + "expected"),
            new Rule("Unexpected close marker", m -> "found " + quotedToken(m) + " with nothing open for it to "
                    + "close"),
            new Rule("Illegal unquoted character", m -> "a string holds " + character(m) + ", a control character "
                    + "that JSON requires to be escaped, such as \\n or \\u0001"),
            new Rule("Illegal character", m -> "found " + character(m) + "; between values JSON allows only "
                    + "spaces, tabs and line breaks"),
            new Rule("Leading zeroes", m -> "a number starts with 0 followed by more digits, such as 01, which JSON "
                    + "does not allow"),
            new Rule("plus sign", m -> "a number starts with +, which JSON does not allow"),
            new Rule("Decimal point not followed by a digit", m -> "a number has a decimal point without a digit "
                    + "after it; expected a digit, such as 1.0"),
            new Rule("Exponent indicator not followed by a digit", m -> "a number has an exponent without digits; "
                    + "expected digits after the e, such as 1e3"),
            new Rule("Unrecognized character escape", m -> "a string holds the escape \\" + quotedText(m)
                    + ", which JSON does not have; its escapes are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and "
                    + "\\u followed by four hexadecimal digits"),
            new Rule("hex-digit for character escape", m -> "a \\u escape is not followed by four hexadecimal "
                    + "digits"),
            new Rule("UTF-8", m -> "it is not UTF-8 text; send JSON encoded in UTF-8"),
            new Rule("Unrecognized token", m -> "found " + quotedToken(m) + " where " + A_VALUE + " was expected"),
            new Rule("expected a valid value", m -> "found " + character(m) + " where " + A_VALUE + " was expected"),
            new Rule("expected a value", m -> "found " + character(m) + " where " + A_VALUE + " was expected"),
            new Rule("Unexpected character", m -> "found " + character(m) + " where it is not allowed"));

    private MalformedJson() {}

    /**
     * Why the body is not JSON, with where, for an error message; never Jackson's own wording.
     *
     * @param problem what the JSON reader threw
     */
    public static String explain(JacksonException problem) {
        if (problem instanceof StreamConstraintsException limit) {
            return limit(limit.getOriginalMessage());
        }
        String message = problem.getOriginalMessage() == null ? "" : problem.getOriginalMessage();
        for (Rule rule : RULES) {
            if (message.contains(rule.clue())) {
                return rule.sentence().apply(message) + where(problem.getLocation());
            }
        }
        return "the reader could not make sense of it" + where(problem.getLocation()) + "; expected one JSON "
                + "object such as {\"request\":\"agent.get\"}";
    }

    /** A size limit of the reader: nesting, or the length of a number, string or key. */
    private static String limit(String message) {
        String text = message == null ? "" : message;
        if (text.contains("nesting depth")) {
            return "objects and arrays are nested more than " + StrictJson.MAX_NESTING + " levels deep; at most "
                    + StrictJson.MAX_NESTING + " are allowed";
        }
        if (text.contains("Number value length")) {
            return "a number has more digits than this server reads (" + StrictJson.constraints().getMaxNumberLength()
                    + ")";
        }
        if (text.contains("Name length")) {
            return "a key is longer than this server reads (" + StrictJson.constraints().getMaxNameLength()
                    + " characters)";
        }
        if (text.contains("String value length")) {
            return "a string is longer than this server reads (" + StrictJson.constraints().getMaxStringLength()
                    + " characters)";
        }
        return "it is larger or more complex than this server reads";
    }

    /** " (line 3, column 8)" when the reader knows the place, " (byte 19)" when it knows only that, else "". */
    private static String where(TokenStreamLocation location) {
        if (location == null) {
            return "";
        }
        if (location.getLineNr() > 0 && location.getColumnNr() > 0) {
            return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        return offset >= 0 ? " (byte " + offset + ")" : "";
    }

    /** The character a message names, shown so a person can find it: {@code '/'} or {@code U+001F}. */
    private static String character(String message) {
        Matcher found = CHARACTER.matcher(message);
        if (!found.find()) {
            return "a character";
        }
        int code = Integer.parseInt(found.group(2) != null ? found.group(2) : found.group(3));
        return show(code);
    }

    static String show(int code) {
        String hex = String.format(Locale.ROOT, "U+%04X", code);
        if (code == ' ') {
            return "a space";
        }
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0)) {
            return "the control character " + hex;
        }
        return "'" + new String(Character.toChars(code)) + "'" + (code > 0x7e ? " (" + hex + ")" : "");
    }

    /** The first token a message quotes, such as {@code 'NaN'}, shortened. */
    private static String quotedToken(String message) {
        Matcher found = QUOTED.matcher(message);
        return found.find() ? "'" + StrictJson.excerpt(found.group(1)) + "'" : "a word";
    }

    private static String quotedText(String message) {
        Matcher found = QUOTED.matcher(message);
        return found.find() ? StrictJson.excerpt(found.group(1)) : "";
    }

    private static String duplicateKey(String message) {
        Matcher found = DUPLICATE.matcher(message);
        return found.find() ? StrictJson.quote(found.group(1)) : "a key";
    }
}
