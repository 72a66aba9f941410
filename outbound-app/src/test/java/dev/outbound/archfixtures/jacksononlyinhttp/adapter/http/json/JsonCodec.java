package dev.outbound.archfixtures.jacksononlyinhttp.adapter.http.json;

import dev.outbound.archfixtures.standins.tools.jackson.databind.ObjectMapper;

/**
 * ALLOWED (control): the HTTP adapter uses Jackson (stand-in).
 */
public final class JsonCodec {
    private final ObjectMapper mapper = new ObjectMapper();

    public String encode(Object value) {
        return mapper.writeValueAsString(value);
    }
}
