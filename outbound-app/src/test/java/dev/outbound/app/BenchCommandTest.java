package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bench command runs simulated agents through the real application over the real in-memory backend (found
 * through ServiceLoader, as in production), reports per request, and checks the invariants.
 */
class BenchCommandTest {
    private final ConsoleCapture capture = new ConsoleCapture();
    private final CommandLine commandLine = new CommandLine(Commands.standard(Clock.systemUTC(), Map.of(),
            new Properties(), new ImmediateStopSignal()), "test", capture.console);

    @Test
    void agentsWorkFullCyclesAndTheInvariantsHold() {
        int status = commandLine.run(List.of("bench", "--agents", "4", "--seconds", "1", "--chains", "2000",
                "--campaign", "Preview Sales"));

        assertThat(status).as(capture.err()).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("bench: 4 agents for 1 s on campaign \"Preview Sales\"")
                .containsPattern("[1-9][0-9]* cycles in [0-9.]+ s")
                .contains("getPreviewRecord", "callPreviewRecord", "voice.hangUp", "interaction.markdone")
                .contains("invariants held");
    }

    @Test
    void aCampaignThatCannotBePulledGivesNoCyclesButRefusalsAndStillChecks() {
        int status = commandLine.run(List.of("bench", "--agents", "2", "--seconds", "1", "--chains", "0",
                "--campaign", "Predictive Collections"));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("0 cycles in").contains("getPreviewRecord CAMPAIGN_NOT_ACTIVE")
                .contains("invariants held");
    }

    @Test
    void badNumbersAreUsageErrors() {
        assertThat(commandLine.run(List.of("bench", "--agents", "0"))).isEqualTo(CommandLine.USAGE);
        assertThat(capture.err()).contains("--agents expects a whole number from 1 to 1000; was \"0\"");
    }
}
