package dev.outbound.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * The {@code outbound} program: {@code java -jar outbound.jar <command>}. The only class that touches the process
 * itself: the standard streams, the environment, the system properties, the wall clock and the exit status
 * (the JVM's shutdown hook is registered by the {@link JvmStopSignal} it hands to the commands).
 */
public final class Main {
    private Main() {}

    /** Runs the command the arguments name and exits with its status (see {@link CommandLine}). */
    public static void main(String[] args) {
        Console console = new Console(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        Commands commands = Commands.standard(Clock.systemUTC(), System.getenv(), System.getProperties(),
                new JvmStopSignal());
        int status = new CommandLine(commands, Version.of(Main.class), console).run(List.of(args));
        System.exit(status);
    }
}
