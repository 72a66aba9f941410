package dev.outbound.archfixtures.standins.tools.jackson.databind;

/**
 * Stand-in for Jackson 3's {@code tools.jackson.databind.ObjectMapper}, which is not on outbound-app's test class
 * path (only adapter-http depends on Jackson). Same package and class name under {@code archfixtures.standins}, so the
 * fixtures of the Jackson rule compile; the rule is run with {@code Libraries.relocatedUnder(".. .standins")}.
 */
public class ObjectMapper {
    public String writeValueAsString(Object value) {
        return String.valueOf(value);
    }
}
