package dev.outbound.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * What a client reads when its body is not JSON: a sentence saying what is wrong, where, and what was expected;
 * never Jackson's own message, which names Java classes and reader features (found by a reviewer: a body with
 * something after the envelope was told {@code (bound as `tools.jackson.databind.JsonNode`): not allowed as per
 * `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`}).
 */
class MalformedJsonTest {

    /** A body, and words its explanation must hold (the position among them when the reader knows it). */
    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("{\"request\":\"agent.get\"} {}", "more after the end of the JSON value",
                        "(line 1, column 25)"),
                Arguments.of("{", "ends before an object is closed", "expected a } for every {"),
                Arguments.of("[1, [2]", "ends before an array is closed", "expected a ] for every ["),
                Arguments.of("[".repeat(65) + "]".repeat(65), "nested more than 64 levels deep", "at most 64"),
                Arguments.of("{\"referenceId\":NaN}", "found 'NaN', which JSON does not have", "(line 1, column 19)"),
                Arguments.of("{\"a\":-Infinity}", "found '-Infinity'", "there is no NaN or Infinity"),
                Arguments.of("{/* hi */\"request\":\"agent.get\"}", "found a comment, which JSON does not allow",
                        "(line 1, column 2)"),
                Arguments.of("// hi\n{}", "found a comment", "(line 1, column 1)"),
                Arguments.of("{'request':'agent.get'}", "found ''' where a key in double quotes was expected",
                        "(line 1, column 2)"),
                Arguments.of("{request:1}", "found 'r' where a key in double quotes was expected", "column 2"),
                Arguments.of("{\"a\":1,}", "found '}' where a key in double quotes was expected",
                        "trailing commas"),
                Arguments.of("{\"a\" 1}", "found '1' where a colon after the key was expected", "column 6"),
                Arguments.of("{\"a\":1 \"b\":2}", "found '\"' where a comma or } was expected", "column 8"),
                Arguments.of("[1 2]", "found '2' where a comma or ] was expected", "column 4"),
                Arguments.of("{\"a\":1,\"a\":2}", "the key \"a\" appears twice in one object", "column 11"),
                Arguments.of("]", "found ']' with nothing open for it to close", "column 1"),
                Arguments.of("nul", "found 'nul' where a value", "true, false or null"),
                Arguments.of("{\"a\":#}", "found '#' where a value", "column 6"),
                Arguments.of("{\"a\":01}", "a number starts with 0 followed by more digits", "column 7"),
                Arguments.of("{\"a\":+1}", "a number starts with +", "column 7"),
                Arguments.of("{\"a\":1.}", "a decimal point without a digit after it", "such as 1.0"),
                Arguments.of("{\"a\":\"\\x\"}", "the escape \\x, which JSON does not have", "column 8"),
                Arguments.of("{\"a\":\"\\uZZZZ\"}", "\\u escape is not followed by four hexadecimal digits",
                        "(line 1, column"),
                Arguments.of("{\"a\":\"x\u0001\"}", "holds the control character U+0001", "escaped"),
                Arguments.of("\u001f\u008b", "found the control character U+001F", "only spaces, tabs"),
                Arguments.of("{\"request\":\"agent.get\",", "ends inside an object", "expected a key, a value or }"),
                Arguments.of("\"abc", "ends inside a string", "closing double quote"),
                Arguments.of("{\n  \"a\": 1,\n  \"b\": x\n}", "found 'x' where a value", "(line 3, column 8)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aBodyThatIsNotJsonIsExplainedInASentenceOfOurOwn(String body, String what, String more) {
        String sentence = MalformedJson.explain(problemReading(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(sentence).contains(what).contains(more);
        assertPlain(sentence);
    }

    @Test
    void bytesThatAreNotUtf8AreSaidToBeNotUtf8() {
        byte[] body = {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        String sentence = MalformedJson.explain(problemReading(body));

        assertThat(sentence).contains("not UTF-8");
        assertPlain(sentence);
    }

    @Test
    void aVeryLongWordIsQuotedCut() {
        String sentence = MalformedJson.explain(problemReading(("x".repeat(5_000)).getBytes(StandardCharsets.UTF_8)));

        assertThat(sentence.length()).isLessThan(400);
        assertPlain(sentence);
    }

    @Test
    void aCharacterBeyondAsciiIsShownWithItsCodePoint() {
        String sentence = MalformedJson.explain(problemReading("{\u201crequest\u201d:1}"
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(sentence).contains("U+201C");
    }

    /** No Java class, no reader feature, no backticks, no redacted source: what the reviewer found. */
    static void assertPlain(String sentence) {
        assertThat(sentence).doesNotContain("`", "tools.jackson", "Feature", "JsonToken", "JsonNode", "Source:",
                "REDACTED", "#UNKNOWN", "StreamReadConstraints", "Exception", "CTRL-CHAR", "VALUE_STRING");
        assertThat(sentence).doesNotMatch("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Z].*");
    }

    private static JacksonException problemReading(byte[] body) {
        JacksonException problem = catchThrowableOfType(JacksonException.class,
                () -> StrictJson.MAPPER.readTree(body));
        assertThat(problem).as("the reader refuses %s", new String(body, StandardCharsets.UTF_8)).isNotNull();
        return problem;
    }
}
