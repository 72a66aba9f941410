package dev.outbound.archfixtures.standins.com.fasterxml.jackson.databind;

/**
 * Stand-in for Jackson 2's {@code com.fasterxml.jackson.databind.ObjectMapper} (not on the test class path): see the
 * stand-in of Jackson 3's {@code ObjectMapper}.
 */
public class ObjectMapper {
    public String writeValueAsString(Object value) {
        return String.valueOf(value);
    }
}
