package dev.outbound.archfixtures.jacksononlyinhttp.domain;

import dev.outbound.archfixtures.standins.com.fasterxml.jackson.annotation.JsonProperty;

/**
 * VIOLATION: a domain class annotated for Jackson 2 (stand-in {@code com.fasterxml.jackson.annotation.JsonProperty}).
 */
public final class AnnotatedRecord {
    @JsonProperty("record_id")
    private final String id;

    public AnnotatedRecord(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
