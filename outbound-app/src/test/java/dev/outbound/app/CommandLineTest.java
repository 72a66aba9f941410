package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    private final ConsoleCapture capture = new ConsoleCapture();
    private final RecordingCommand recording = new RecordingCommand();
    private final CommandLine commandLine = new CommandLine(new Commands(List.of(recording)), "1.2.3",
            capture.console);

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpPrintsTheUsageOnStandardOutput(String help) {
        int status = commandLine.run(List.of(help));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).startsWith("Usage: outbound <command> [options]")
                .contains("  record [--name <x>]\n      Records what it was given.")
                .contains("--help", "--version", "docs/configuration.md", "Exit status: 0 done, 1 could not start or "
                        + "the command failed, 2 bad command line.");
        assertThat(capture.err()).isEmpty();
    }

    @Test
    void versionPrintsTheVersion() {
        int status = commandLine.run(List.of("--version"));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).isEqualTo("outbound 1.2.3" + System.lineSeparator());
    }

    @Test
    void theStandardCommandsAreServeProvidersAndBench() {
        Commands standard = Commands.standard(TestClock.FIXED, java.util.Map.of(), new java.util.Properties(),
                new ImmediateStopSignal());

        assertThat(standard.all()).extracting(Command::name).containsExactly("serve", "providers", "bench");
        assertThat(new CommandLine(standard, "x", capture.console).usage())
                .contains("serve [--config <file>] [--port <n>]", "providers",
                        "bench [--mode in-process|http|http-backend] [--agents <n>]", "bench --url <service address>");
    }

    @Test
    void runsTheNamedCommandWithTheRestOfTheArguments() {
        int status = commandLine.run(List.of("record", "--name", "x"));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(recording.given).containsExactly(List.of("--name", "x"));
    }

    @Test
    void noCommandIsAUsageError() {
        int status = commandLine.run(List.of());

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: no command given").contains("Usage: outbound");
        assertThat(capture.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithTheUsageOnStandardError() {
        int status = commandLine.run(List.of("srve"));

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: unknown command \"srve\"").contains("Usage: outbound");
        assertThat(capture.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int status = commandLine.run(List.of("--verbose"));

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: unknown option --verbose");
    }

    @Test
    void aCommandRefusingItsArgumentsIsAUsageError() {
        int status = commandLine.run(List.of("record", "--colour", "red"));

        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).startsWith("outbound: record: unknown option --colour; known: --name")
                .contains("Usage: outbound");
    }

    @Test
    void helpAfterACommandDescribesTheCommand() {
        int status = commandLine.run(List.of("record", "--help"));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("Usage: outbound record [--name <x>]", "Records what it was given.");
        assertThat(recording.given).isEmpty();
    }

    @Test
    void aStartupFailureExitsWithOneAndPrintsTheMessageOnStandardError() {
        recording.failure = new StartupException("Unknown backend provider \"x\"; known: mock.");

        int status = commandLine.run(List.of("record"));

        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(capture.err()).isEqualTo("Outbound could not start. Unknown backend provider \"x\"; known: mock."
                + System.lineSeparator());
    }

    /** A command that records its arguments, or fails as told. */
    private static final class RecordingCommand implements Command {
        final List<List<String>> given = new ArrayList<>();
        RuntimeException failure;

        @Override
        public String name() {
            return "record";
        }

        @Override
        public String synopsis() {
            return "record [--name <x>]";
        }

        @Override
        public String summary() {
            return "Records what it was given.";
        }

        @Override
        public void run(List<String> arguments, Console console) {
            Options.parse(arguments, java.util.Set.of("--name"));
            given.add(arguments);
            if (failure != null) {
                throw failure;
            }
        }
    }
}
