package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bench command runs simulated agents through the real application over the real in-memory backend (found
 * through ServiceLoader, as in production), in each of its modes and against a running service, reports per
 * request, and checks the invariants.
 */
class BenchCommandTest {
    private final ConsoleCapture capture = new ConsoleCapture();
    private final CommandLine commandLine = new CommandLine(Commands.standard(Clock.systemUTC(), Map.of(),
            new Properties(), new ImmediateStopSignal()), "test", capture.console);

    @ParameterizedTest(name = "--mode {0}")
    @CsvSource({
        "in-process,   'in this process'",
        "http,         'over HTTP to the service at http://127.0.0.1:'",
        "http-backend, 'whose backend is http to the backend server at http://127.0.0.1:'"})
    void agentsWorkFullCyclesInEveryModeAndTheInvariantsHold(String mode, String where) {
        int status = commandLine.run(List.of("bench", "--mode", mode, "--agents", "3", "--warmup", "0",
                "--seconds", "1", "--chains", "2000", "--campaign", "Preview Sales"));

        assertThat(status).as(capture.err()).isEqualTo(CommandLine.OK);
        assertThat(capture.out())
                .contains("bench: 3 agents, 0 s of warm-up then 1 s measured, on campaign \"Preview Sales\", ")
                .contains(where)
                .containsPattern("[1-9][0-9]* cycles in [0-9.]+ s measured: [0-9]+ cycles/s \\([0-9]+ requests/s\\)")
                .contains("getPreviewRecord", "callPreviewRecord", "voice.hangUp", "interaction.markdone")
                .contains("invariants held");
    }

    /** 2,000 chains last well under a second in process, so every cycle falls in the 3 s warm-up. */
    @Test
    void cyclesOfTheWarmUpAreCheckedButNotCounted() {
        int status = commandLine.run(List.of("bench", "--agents", "2", "--warmup", "3", "--seconds", "1",
                "--chains", "2000"));

        assertThat(status).as(capture.err()).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("3 s of warm-up then 1 s measured").contains("warming up")
                .containsPattern("\\n0 cycles in [0-9.]+ s measured: 0 cycles/s \\([0-9]+ requests/s\\); [1-9][0-9]* "
                        + "chains finished in all")
                .contains("the campaign had no record left to deliver before the warm-up ended: nothing was measured "
                        + "(use --chains for more records, or a shorter --warmup)")
                .contains("invariants held");
    }

    @Test
    void aCampaignThatCannotBePulledGivesNoCyclesButRefusalsAndStillChecks() {
        int status = commandLine.run(List.of("bench", "--agents", "2", "--warmup", "0", "--seconds", "1",
                "--chains", "0", "--campaign", "Predictive Collections"));

        assertThat(status).isEqualTo(CommandLine.OK);
        assertThat(capture.out()).contains("0 cycles in").contains("getPreviewRecord CAMPAIGN_NOT_ACTIVE")
                .contains("invariants held");
    }

    @Test
    void extraChainsForACampaignThatGeneratesNoneFailTheStartNamingThoseThatDo() {
        int status = commandLine.run(List.of("bench", "--seconds", "1", "--chains", "10", "--campaign",
                "Outbound Campaign Custom"));

        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(capture.err()).contains("the extra chains are meant for campaign \"Outbound Campaign Custom\"")
                .contains("those that do: Customer Survey, Direct Push Renewals, Predictive Collections, Preview "
                        + "Sales");
    }

    @Nested
    class AgainstARunningService {
        private static final String AGENTS = "bench-a:token-of-agent-a,bench-b:token-of-agent-b";

        private Lifecycle startService() {
            return new Launcher(() -> InstalledProviders.discover(getClass().getClassLoader()), Clock.systemUTC())
                    .start(Configurations.of(AppKeys.ENDPOINTS, "service",
                            "outbound.endpoint.service.port", "0",
                            "outbound.endpoint.service.agents", AGENTS,
                            "outbound.backend.mock.extra-chains", "2000",
                            "outbound.backend.mock.extra-chains-campaign", "Preview Sales"));
        }

        @Test
        void oneAgentPerTokenWorksCyclesOverHttp() {
            Lifecycle service = startService();
            try {
                String address = service.running().get(0).address();

                int status = commandLine.run(List.of("bench", "--url", address, "--tokens",
                        "token-of-agent-a,token-of-agent-b", "--warmup", "0", "--seconds", "1"));

                assertThat(status).as(capture.err()).isEqualTo(CommandLine.OK);
                assertThat(capture.out()).contains("bench: 2 agents").contains("over HTTP to the service at "
                        + address).containsPattern("[1-9][0-9]* cycles in").contains("invariants held");
            } finally {
                service.stop();
            }
        }

        @Test
        void aCampaignThatRunsDryIsReportedWithAdviceThatFitsARunningService() {
            Lifecycle service = startService();
            try {
                int status = commandLine.run(List.of("bench", "--url", service.running().get(0).address(),
                        "--tokens", "token-of-agent-a,token-of-agent-b", "--warmup", "0", "--seconds", "2",
                        "--campaign", "Outbound Campaign Custom"));

                assertThat(status).as(capture.err()).isEqualTo(CommandLine.OK);
                assertThat(capture.out()).containsPattern("the campaign had no record left to deliver after [0-9.]+ s "
                        + "of the measured time: [0-9]+ cycles/s until then \\(the running service's backend needs "
                        + "more callable records in this campaign, or a shorter --seconds\\)")
                        .contains("getPreviewRecord NO_RECORDS_AVAILABLE").contains("invariants held");
            } finally {
                service.stop();
            }
        }

        @Test
        void aTokenTheServiceDoesNotKnowFailsBeforeAnyAgentWorks() {
            Lifecycle service = startService();
            try {
                int status = commandLine.run(List.of("bench", "--url", service.running().get(0).address(),
                        "--tokens", "token-of-agent-a,token-of-nobody"));

                assertThat(status).isEqualTo(CommandLine.FAILED);
                assertThat(capture.err()).contains("agent 2 of 2 cannot sign in").contains("UNAUTHORIZED")
                        .contains("the bearer token is not one this server knows");
                assertThat(capture.out()).doesNotContain("cycles");
            } finally {
                service.stop();
            }
        }

        @Test
        void aServiceThatIsNotThereFailsNamingTheAddress() throws IOException {
            int freePort;
            try (ServerSocket socket = new ServerSocket(0)) {
                freePort = socket.getLocalPort();
            }

            int status = commandLine.run(List.of("bench", "--url", "http://127.0.0.1:" + freePort + "/",
                    "--tokens", "token-of-agent-a"));

            assertThat(status).isEqualTo(CommandLine.FAILED);
            assertThat(capture.err()).contains("agent 1 of 1 cannot sign in")
                    .contains("http://127.0.0.1:" + freePort + "/api/v2/service failed");
        }
    }

    @Nested
    class UsageErrors {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "--agents 0                                     | --agents expects a whole number from 1 to 1000; was \"0\"",
            "--warmup 601                                   | --warmup expects a whole number from 0 to 600; was \"601\"",
            "--mode fast                                    | --mode expects one of in-process|http|http-backend; was \"fast\"",
            "--tokens abcdefgh                              | --tokens is used only with --url",
            "--url http://127.0.0.1:1/                      | --url needs --tokens",
            "--url http://127.0.0.1:1/ --tokens a,a         | --tokens names a token twice",
            "--url http://127.0.0.1:1/ --tokens a,,b        | --tokens expects bearer tokens separated by commas, found an empty one",
            "--url http://127.0.0.1:1/ --tokens a --agents 2 | --agents cannot be used with --url",
            "--url http://127.0.0.1:1/ --tokens a --mode http | --mode cannot be used with --url",
            "--url http://127.0.0.1:1/ --tokens a --chains 9  | --chains cannot be used with --url",
            "--url ftp://127.0.0.1/ --tokens a               | no installed service client speaks \"ftp\"",
            "--url http://127.0.0.1:1/?x=1 --tokens a        | must be an http:// or https:// URL with a host and no query",
            "--url http://[bad/ --tokens a                   | \"http://[bad/\" is not a URL"})
        void badOptionsAreUsageErrorsSayingWhatWasExpected(String options, String message) {
            List<String> arguments = new java.util.ArrayList<>(List.of("bench"));
            arguments.addAll(List.of(options.strip().split(" +")));

            assertThat(commandLine.run(arguments)).as(capture.err()).isEqualTo(CommandLine.USAGE);
            assertThat(capture.err()).contains(message);
        }
    }
}
