package dev.outbound.app;

import java.util.List;

/**
 * One command of the command line, such as {@code serve}. To add a command, implement this and add it to
 * {@link Commands#standard}; the usage text lists it from there.
 */
interface Command {
    /** The word that runs it, e.g. {@code serve}. */
    String name();

    /** How it is written, e.g. {@code serve [--config <file>] [--port <n>]}. */
    String synopsis();

    /** What it does, in one line. */
    String summary();

    /**
     * Runs the command.
     *
     * @param arguments what follows the command's name
     * @throws UsageException   when the arguments cannot be understood
     * @throws StartupException when what the command needs cannot start
     */
    void run(List<String> arguments, Console console);
}
