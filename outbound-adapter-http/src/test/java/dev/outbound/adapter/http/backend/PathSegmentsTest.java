package dev.outbound.adapter.http.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names with spaces, slashes, plus signs and accents travel as one path segment and come back unchanged. */
class PathSegmentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Outbound Campaign Custom|Outbound%20Campaign%20Custom",
            "team/alpha|team%2Falpha",
            "a+b|a%2Bb",
            "Zoë?#|Zo%C3%AB%3F%23"})
    void segmentsAreEncodedAndDecoded(String text, String segment) {
        assertThat(PathSegments.encode(text)).isEqualTo(segment);
        assertThat(PathSegments.decode(segment)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+b"})
    void aRawPlusIsAPlus(String segment) {
        assertThat(PathSegments.decode(segment)).isEqualTo("a+b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%zz", "abc%2", "%%41", "a%G1"})
    void brokenEscapesAreRefused(String segment) {
        assertThatThrownBy(() -> PathSegments.decode(segment)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining(segment).hasMessageContaining("two hexadecimal digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%C3", "a%FFb", "%ED%A0%80", "%C0%AF"})
    void bytesThatAreNotUtf8AreRefusedNotReplaced(String segment) {
        assertThatThrownBy(() -> PathSegments.decode(segment)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining(segment).hasMessageContaining("not valid UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Zoë|Zoë", "Zo%C3%ABë|Zoëë", "%F0%9F%93%9E call|📞 call"})
    void charactersThatCameUnencodedAreKept(String segment, String text) {
        assertThat(PathSegments.decode(segment)).isEqualTo(text);
    }
}
