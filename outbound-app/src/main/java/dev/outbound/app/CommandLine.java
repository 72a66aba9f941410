package dev.outbound.app;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the command line, runs the command it names and answers the exit status: {@link #OK}, {@link #FAILED}
 * when something could not start, {@link #USAGE} when the command line cannot be understood.
 */
final class CommandLine {
    /** The command did its work. */
    static final int OK = 0;
    /** Something could not start, or the command found something wrong; the message says what. */
    static final int FAILED = 1;
    /** The command line cannot be understood; the usage text follows the message. */
    static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);
    private static final String PROGRAM = "outbound";

    private final Commands commands;
    private final String version;
    private final Console console;

    CommandLine(Commands commands, String version, Console console) {
        this.commands = commands;
        this.version = version;
        this.console = console;
    }

    /** Runs the command the arguments name and answers the exit status. */
    int run(List<String> arguments) {
        if (arguments.isEmpty()) {
            return usageError("no command given");
        }
        String first = arguments.get(0);
        if (isHelp(first) || first.equals("help")) {
            console.out().print(usage());
            console.out().flush();
            return OK;
        }
        if (first.equals("--version")) {
            console.out().println(PROGRAM + " " + version);
            console.out().flush();
            return OK;
        }
        return commands.find(first)
                .map(command -> run(command, arguments.subList(1, arguments.size())))
                .orElseGet(() -> usageError(first.startsWith("-") ? "unknown option " + first
                        : "unknown command \"" + first + "\""));
    }

    /** The usage text: every command and option. */
    String usage() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ").append(PROGRAM).append(" <command> [options]\n\nCommands:\n");
        for (Command command : commands.all()) {
            text.append("  ").append(command.synopsis()).append('\n')
                    .append("      ").append(command.summary()).append('\n');
        }
        text.append("\nOptions:\n")
                .append("  --help       Shows this text (also: ").append(PROGRAM).append(" <command> --help)\n")
                .append("  --version    Shows the version\n")
                .append("\nConfiguration: outbound.* keys from --config <file>, OUTBOUND_* environment variables and")
                .append(" -Doutbound.* system\nproperties, in increasing precedence; see docs/configuration.md.\n")
                .append("\nExit status: 0 done, 1 could not start or the command failed, 2 bad command line.\n");
        return text.toString();
    }

    private int run(Command command, List<String> arguments) {
        if (arguments.stream().anyMatch(CommandLine::isHelp)) {
            console.out().println("Usage: " + PROGRAM + " " + command.synopsis());
            console.out().println("  " + command.summary());
            console.out().flush();
            return OK;
        }
        try {
            command.run(arguments, console);
            return OK;
        } catch (UsageException unclear) {
            return usageError(command.name() + ": " + unclear.getMessage());
        } catch (StartupException failure) {
            LOG.debug("Start-up failed", failure);
            console.err().println("Outbound could not start. " + failure.getMessage());
            console.err().flush();
            return FAILED;
        } catch (CommandFailedException failure) {
            console.err().println(command.name() + " failed: " + failure.getMessage());
            console.err().flush();
            return FAILED;
        }
    }

    private int usageError(String problem) {
        console.err().println(PROGRAM + ": " + problem);
        console.err().println();
        console.err().print(usage());
        console.err().flush();
        return USAGE;
    }

    private static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h");
    }
}
