package dev.outbound.adapter.http.backend;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Path segments and query values of the backend protocol: agent ids, campaign names (which may hold spaces) and
 * call ids are percent-encoded as UTF-8, a space as {@code %20}. A {@code +} in a path is a plus sign.
 */
public final class PathSegments {
    private PathSegments() {}

    /** The text as one encoded path segment or query value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text of an encoded segment; fails with {@link WireFormatException} for a broken escape. */
    public static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("the path segment \"" + segment + "\" is not validly percent-encoded");
        }
    }
}
