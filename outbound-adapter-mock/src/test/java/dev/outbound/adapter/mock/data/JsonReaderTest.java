package dev.outbound.adapter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The simulator's own strict JSON reader: what it makes of valid documents, and how it refuses broken ones. */
class JsonReaderTest {

    private static Map<String, Object> object(String json) {
        return cast(JsonReader.parse(json));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Nested
    class ValidDocuments {
        @Test
        void nestedObjectsAndArraysBecomeMapsAndLists() {
            Map<String, Object> document = object("""
                    {"campaign": {"name": "Sales", "chains": [[{"GSW_PHONE": "+1555"}], []]},
                     "tags": [true, false, null]}
                    """);

            assertThat(document).containsOnlyKeys("campaign", "tags");
            assertThat(document.get("campaign")).isEqualTo(Map.of("name", "Sales",
                    "chains", List.of(List.of(Map.of("GSW_PHONE", "+1555")), List.of())));
            List<Object> tags = cast(document.get("tags"));
            assertThat(tags).containsExactly(true, false, null);
        }

        @Test
        void stringEscapesAreDecoded() {
            Object text = JsonReader.parse("\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t end\"");

            assertThat(text).isEqualTo("quote \" backslash \\ slash / \b\f\n\r\t end");
        }

        @Test
        void unicodeEscapesAreDecodedIncludingSurrogatePairs() {
            assertThat(JsonReader.parse("\"caf\\u00e9 \\u00C9\"")).isEqualTo("café É");
            assertThat(JsonReader.parse("\"\\ud83d\\ude00\"")).isEqualTo("\uD83D\uDE00");
        }

        @Test
        void textOutsideAsciiIsKeptAsItIs() {
            assertThat(JsonReader.parse("\"Zoë 東京\"")).isEqualTo("Zoë 東京");
        }

        @Test
        void wholeNumbersAreLongs() {
            assertThat(JsonReader.parse("0")).isEqualTo(0L);
            assertThat(JsonReader.parse("-42")).isEqualTo(-42L);
            assertThat(JsonReader.parse("34200")).isEqualTo(34200L);
            assertThat(JsonReader.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
            assertThat(JsonReader.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void decimalsAndExponentsAreBigDecimals() {
            assertThat(JsonReader.parse("16.64")).isEqualTo(new BigDecimal("16.64"));
            assertThat(JsonReader.parse("-0.5")).isEqualTo(new BigDecimal("-0.5"));
            assertThat(JsonReader.parse("1e3")).isEqualTo(new BigDecimal("1e3"));
            assertThat(JsonReader.parse("2.5E-2")).isEqualTo(new BigDecimal("2.5E-2"));
        }

        @Test
        void wholeNumbersBeyondLongRangeAreBigDecimals() {
            assertThat(JsonReader.parse("9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
            assertThat(JsonReader.parse("-123456789012345678901234567890"))
                    .isEqualTo(new BigDecimal("-123456789012345678901234567890"));
        }

        @Test
        void objectsKeepTheirKeyOrder() {
            Map<String, Object> document = object("{\"z\": 1, \"a\": 2, \"m\": 3, \"b\": 4}");

            assertThat(document.keySet()).containsExactly("z", "a", "m", "b");
        }

        @Test
        void whitespaceAroundAndBetweenTokensIsAllowed() {
            assertThat(object(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] }\n ")).isEqualTo(Map.of("a", List.of(1L, 2L)));
        }

        @Test
        void objectsAndArraysCannotBeChanged() {
            Map<String, Object> document = object("{\"list\": [1], \"empty\": {}, \"none\": []}");

            List<Object> list = cast(document.get("list"));
            Map<String, Object> emptyObject = cast(document.get("empty"));
            List<Object> emptyList = cast(document.get("none"));

            assertThatThrownBy(() -> document.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> emptyObject.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> emptyList.add(1)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void sixtyFourNestedArraysAreAccepted() {
            String json = "[".repeat(64) + "]".repeat(64);

            assertThat(JsonReader.parse(json)).isInstanceOf(List.class);
        }
    }

    @Nested
    class MalformedDocuments {

        static Stream<Arguments> malformed() {
            return Stream.of(
                    Arguments.of("trailing comma in an object", "{\"a\": 1,}", 1, 9, "a key in double quotes"),
                    Arguments.of("trailing comma in an array", "[1, 2,]", 1, 7, "a value"),
                    Arguments.of("missing colon", "{\n  \"a\" 1\n}", 2, 7, "':'"),
                    Arguments.of("unquoted key", "{a: 1}", 1, 2, "a key in double quotes"),
                    Arguments.of("single-quoted string", "['text']", 1, 2, "a value"),
                    Arguments.of("single-quoted key", "{'a': 1}", 1, 2, "a key in double quotes"),
                    Arguments.of("leading zero", "01", 1, 2, "end of the document"),
                    Arguments.of("leading zero inside an array", "[01]", 1, 3, "']'"),
                    Arguments.of("decimal point without digits after it", "1.", 1, 3,
                            "digits after the decimal point"),
                    Arguments.of("decimal point without digits before it", ".5", 1, 1, "a value"),
                    Arguments.of("a lone minus", "-", 1, 2, "digits in a number"),
                    Arguments.of("exponent without digits", "1e", 1, 3, "digits in the exponent"),
                    Arguments.of("plus sign before a number", "+1", 1, 1, "a value"),
                    Arguments.of("control character in a string", "\"tab\there\"", 1, 5, "no control character"),
                    Arguments.of("line break in a string", "{\"a\": \"two\nlines\"}", 1, 11, "no control character"),
                    Arguments.of("unknown escape", "\"\\x41\"", 1, 3, "a valid escape"),
                    Arguments.of("short unicode escape", "\"\\u12\"", 1, 6, "four hex digits after \\u"),
                    Arguments.of("unicode escape with non-hex digits", "\"\\u12G4\"", 1, 6,
                            "four hex digits after \\u"),
                    Arguments.of("unterminated string", "{\"a\": \"open", 1, 12, "the closing quote of a string"),
                    Arguments.of("unterminated array", "[1, 2", 1, 6, "']'"),
                    Arguments.of("unterminated object", "{\"a\": 1", 1, 8, "'}'"),
                    Arguments.of("unterminated nested object", "{\"a\": {\"b\": [1]}\n", 2, 1, "'}'"),
                    Arguments.of("two values", "{} {}", 1, 4, "end of the document"),
                    Arguments.of("two values on two lines", "1\n2", 2, 1, "end of the document"),
                    Arguments.of("duplicate key", "{\"a\": 1,\n \"a\": 2}", 2, 7,
                            "no repeated key (\"a\" appears twice)"),
                    Arguments.of("nesting deeper than 64", "[".repeat(66) + "]".repeat(66), 1, 65,
                            "at most 64 nested"),
                    Arguments.of("truncated true", "tru", 1, 1, "a value"),
                    Arguments.of("misspelt null", "[nul]", 1, 2, "a value"),
                    Arguments.of("capitalised literal", "True", 1, 1, "a value"),
                    Arguments.of("empty text", "", 1, 1, "a value"),
                    Arguments.of("only whitespace", "  \n ", 2, 2, "a value"),
                    Arguments.of("comment", "// note\n{}", 1, 1, "a value"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("malformed")
        void isRefusedNamingTheLineTheColumnAndWhatWasExpected(String problem, String json, int line, int column,
                                                              String expected) {
            assertThatThrownBy(() -> JsonReader.parse(json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("JSON line " + line + ", column " + column + ": expected ")
                    .hasMessageContaining(expected)
                    .hasMessageContaining("found ");
        }

        @Test
        void theMessageSaysWhatWasFoundInstead() {
            assertThatThrownBy(() -> JsonReader.parse("{\"a\" = 1}"))
                    .hasMessage("JSON line 1, column 6: expected ':', found '='");
            assertThatThrownBy(() -> JsonReader.parse("[1"))
                    .hasMessage("JSON line 1, column 3: expected ']', found the end of the text");
        }

        /**
         * RFC 8259 allows exactly four hex digits after {@code \\u}. Integer.parseInt also accepts a leading sign,
         * so {@code \\u+041} and {@code \\u-001} must still be refused.
         */
        @ParameterizedTest(name = "{0}")
        @MethodSource("signedUnicodeEscapes")
        void aUnicodeEscapeWithASignIsRefused(String json) {
            assertThatThrownBy(() -> JsonReader.parse(json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("four hex digits after \\u");
        }

        static Stream<String> signedUnicodeEscapes() {
            return Stream.of("\"\\u+041\"", "\"\\u-001\"");
        }

        /** "At most 64 nested objects or arrays": a 65th level inside the 64th is one too many. */
        @Test
        void sixtyFiveNestedArraysAreRefused() {
            String json = "[".repeat(65) + "]".repeat(65);

            assertThatThrownBy(() -> JsonReader.parse(json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("at most 64 nested");
        }
    }
}
