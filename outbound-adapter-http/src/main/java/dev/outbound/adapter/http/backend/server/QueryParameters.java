package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.PathSegments;
import dev.outbound.adapter.http.backend.WireFormatException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query of a request ({@code ?req=RecordReject}, {@code ?req=ChainedRecordRequest&GSW_AGENT_ID=agent1}), read
 * from its raw form the way path segments are read ({@link PathSegments}): percent-encoded UTF-8, a {@code +} is a
 * plus sign (not a space, as form encoding would have it). Every failure is a {@link ProtocolFailure} (400) naming
 * the parameter: a broken escape, bytes that are not UTF-8, a parameter given twice, a parameter the request does
 * not take.
 */
final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /** Reads a raw query (without the {@code ?}); null or empty is a query without parameters. */
    static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                throw ProtocolFailure.malformed("the query \"" + rawQuery + "\" has an empty parameter; expected "
                        + "name=value pairs separated by single &");
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "the name of query parameter \""
                    + pair + "\"");
            String value = decode(equals < 0 ? "" : pair.substring(equals + 1), "query parameter " + name);
            if (values.putIfAbsent(name, value) != null) {
                throw ProtocolFailure.malformed("query parameter " + name + " is given twice; give each once");
            }
        }
        return new QueryParameters(Collections.unmodifiableMap(values));
    }

    /** The decoded value of a parameter, if the query has it. */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Refuses every parameter but these, naming what the request takes. */
    void allowOnly(String what, Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw ProtocolFailure.malformed(what + " does not take the query parameter " + name
                        + "; its query takes " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private static String decode(String raw, String what) {
        try {
            return PathSegments.decode(raw);
        } catch (WireFormatException malformed) {
            throw ProtocolFailure.malformed(what + ": " + malformed.getMessage());
        }
    }
}
