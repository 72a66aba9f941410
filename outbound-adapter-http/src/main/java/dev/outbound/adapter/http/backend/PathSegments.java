package dev.outbound.adapter.http.backend;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Path segments and query values of the backend protocol: agent ids, campaign names (which may hold spaces) and
 * call ids are percent-encoded as UTF-8, a space as {@code %20}. A {@code +} is a plus sign, in paths and query
 * values alike (this is not form encoding).
 */
public final class PathSegments {
    private PathSegments() {}

    /** The text as one encoded path segment or query value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The text of an encoded segment or query value. Fails with {@link WireFormatException} for a broken escape
     * ({@code %}, {@code %2}, {@code %ZZ}) or bytes that are not UTF-8 ({@code %C3%28}): nothing is replaced by
     * U+FFFD, since a name read wrongly would name another agent or campaign.
     */
    public static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    plain = surrogatePair(segment, i);
                    i++;
                }
                bytes.writeBytes(plain);
                continue;
            }
            int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
            if (low < 0) {
                throw new WireFormatException("\"" + segment + "\" is not validly percent-encoded: a % must be "
                        + "followed by two hexadecimal digits (position " + i + ")");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new WireFormatException("\"" + segment + "\" is not percent-encoded UTF-8: its bytes are not "
                    + "valid UTF-8");
        }
    }

    private static byte[] surrogatePair(String segment, int i) {
        if (i + 1 >= segment.length() || !Character.isSurrogatePair(segment.charAt(i), segment.charAt(i + 1))) {
            throw new WireFormatException("\"" + segment + "\" holds a lone surrogate character (position " + i
                    + ")");
        }
        return segment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
    }
}
