package dev.outbound.archfixtures.jacksononlyinhttp.adapter.mock;

import dev.outbound.archfixtures.standins.tools.jackson.databind.ObjectMapper;

/**
 * VIOLATION: the mock adapter uses Jackson 3 (stand-in {@code tools.jackson.databind.ObjectMapper}).
 */
public final class MockJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String dump(Object value) {
        return mapper.writeValueAsString(value);
    }
}
