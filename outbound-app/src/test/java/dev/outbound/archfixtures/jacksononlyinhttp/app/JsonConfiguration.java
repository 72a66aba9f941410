package dev.outbound.archfixtures.jacksononlyinhttp.app;

import dev.outbound.archfixtures.standins.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * VIOLATION: the app uses Jackson 2 (stand-in {@code com.fasterxml.jackson.databind.ObjectMapper}).
 */
public final class JsonConfiguration {
    public String dump(Object value) {
        return new ObjectMapper().writeValueAsString(value);
    }
}
