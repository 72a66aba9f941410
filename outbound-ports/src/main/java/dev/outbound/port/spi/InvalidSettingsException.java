package dev.outbound.port.spi;

import java.util.List;

/**
 * Settings that cannot be used: unknown keys, missing required ones, values that fail their check. Every problem
 * is listed, each naming the full key, the value given and what is allowed.
 */
public class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem. */
    public List<String> problems() {
        return problems;
    }
}
