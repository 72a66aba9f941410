package dev.outbound.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A command's options: each written {@code --name value} or {@code --name=value}, at most once, and nothing else. */
final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Reads the arguments.
     *
     * @param known the options the command accepts, e.g. {@code --port}; every one takes a value
     * @throws UsageException naming an unknown option, a missing value, a repeated option or a stray argument
     */
    static Options parse(List<String> arguments, Set<String> known) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new UsageException("unexpected argument \"" + argument + "\"");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (!known.contains(name)) {
                throw new UsageException("unknown option " + name + (known.isEmpty() ? "; this command takes none"
                        : "; known: " + String.join(", ", new TreeSet<>(known))));
            }
            String value;
            if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        return new Options(values);
    }

    /** The value of an option, if it was given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * The value of a whole-number option, if it was given; a value that is not a whole number from {@code min} to
     * {@code max} is a {@link UsageException} saying so ({@code meaning} names what the number is, e.g.
     * "a port number").
     */
    Optional<Integer> integer(String name, int min, int max, String meaning, String hint) {
        return value(name).map(text -> {
            try {
                int number = Integer.parseInt(text.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, like a number out of range
            }
            throw new UsageException(name + " expects " + meaning + " from " + min + " to " + max + hint + "; was \""
                    + text + "\"");
        });
    }
}
