package dev.outbound.adapter.http.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.outbound.adapter.http.docs.DocExamples.Example;
import dev.outbound.adapter.http.service.ServiceFixture;
import dev.outbound.domain.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of {@code docs/api.md} are true: every {@code curl} example of the page is run, in page order, with
 * the real {@code curl}, against a fresh service on the embedded default (the in-memory backend with its bundled
 * data), and each reply must have the shape of the reply the page shows under it (see {@link ReplyShape}). The
 * page documents every request the service accepts, each with a succeeding example; and {@code docs/errors.md}
 * lists every error code.
 *
 * <p>The page's variable block ({@code S=http://127.0.0.1:8080/api/v2/service}, {@code A=...}) is run before
 * every example, with {@code S} pointed at the test's service. Every reply is written to
 * {@code target/docs/api-replies.md}, which helps when the page must be brought up to date: with
 * {@code -Doutbound.docs.record=true} every example runs and differences are noted there instead of failing.
 */
class ApiDocExamplesTest {
    private static final String DOCUMENTED_SERVICE = "S=http://127.0.0.1:8080/api/v2/service";
    private static final Pattern REQUEST_HEADING = Pattern.compile("^`?([a-z]+\\.[A-Za-z]+)`?$");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Path PAGE = locate(Path.of("docs", "api.md"));
    private static final Path TRANSCRIPT = Path.of("target", "docs", "api-replies.md");
    /** With -Doutbound.docs.record=true the examples all run and differences are only written to the transcript. */
    private static final boolean RECORDING = Boolean.getBoolean("outbound.docs.record");

    @Test
    void everyCurlExampleGivesTheReplyThePageShows() throws IOException {
        requireCommand("curl", "--version");
        requireCommand("bash", "--version");
        DocExamples page = DocExamples.read(PAGE);
        assertThat(page.setUp()).as("the variable block of %s", PAGE)
                .contains(DOCUMENTED_SERVICE, "A='Authorization: Bearer demo-token-agent1'");
        assertThat(page.examples()).as("curl examples in %s", PAGE).isNotEmpty();

        StringBuilder transcript = new StringBuilder("# Replies to the examples of docs/api.md\n\n");
        try (ServiceFixture service = new ServiceFixture(Map.of("dial-delay-ms", "0"), Map.of())) {
            String setUp = page.setUp().stream()
                    .map(line -> line.equals(DOCUMENTED_SERVICE) ? "S=" + service.address() + "api/v2/service" : line)
                    .collect(Collectors.joining("\n"));
            for (Example example : page.examples()) {
                JsonNode shown = parse(example.expectedReply(), "the reply shown after line " + example.line());
                String output = run(setUp + "\n" + example.command(), example);
                JsonNode actual;
                try {
                    actual = JSON.readTree(output);
                } catch (JacksonException e) {
                    throw new AssertionError(where(example) + "the reply is not one JSON value: " + output, e);
                }
                transcript.append("## ").append(example.section()).append(" (api.md line ").append(example.line())
                        .append(")\n\n```sh\n").append(example.command()).append("\n```\n\n```json\n")
                        .append(JsonText.pretty(actual)).append("\n```\n\n");
                List<String> differences = ReplyShape.differences(shown, actual);
                if (!differences.isEmpty() && RECORDING) {
                    transcript.append("(differs from the page: ").append(differences).append(")\n\n");
                } else if (!differences.isEmpty()) {
                    write(transcript);
                    fail(where(example) + "the reply does not have the shape the page shows:\n  - "
                            + String.join("\n  - ", differences) + "\nreply:\n" + JsonText.pretty(actual)
                            + "\n(every reply so far is in " + TRANSCRIPT.toAbsolutePath() + ")");
                }
            }
        }
        write(transcript);
    }

    @Test
    void everyRequestTheServiceAcceptsHasASectionWithASucceedingExample() throws IOException {
        DocExamples page = DocExamples.read(PAGE);
        List<String> allowed = new ArrayList<>();
        try (ServiceFixture service = new ServiceFixture()) {
            ServiceFixture.Reply reply = service.call(ServiceFixture.AGENT1, "system.getAllowedServices");
            assertThat(reply.status()).isEqualTo(200);
            reply.data().forEach(name -> allowed.add(name.stringValue()));
        }
        assertThat(allowed).isNotEmpty();

        Set<String> documented = new LinkedHashSet<>();
        for (DocExamples.Heading heading : page.headings()) {
            Matcher request = REQUEST_HEADING.matcher(heading.text());
            if (request.matches()) {
                documented.add(request.group(1));
            }
        }
        assertThat(documented).as("the request sections of %s (### headings) against system.getAllowedServices",
                PAGE).containsExactlyInAnyOrderElementsOf(allowed);

        for (String request : allowed) {
            boolean succeeds = page.examples().stream()
                    .filter(e -> REQUEST_HEADING.matcher(e.section()).matches()
                            && REQUEST_HEADING.matcher(e.section()).replaceAll("$1").equals(request))
                    .map(e -> parse(e.expectedReply(), "the reply shown after line " + e.line()))
                    .anyMatch(shown -> shown.path("request").stringValue("").equals(request)
                            && shown.has("data") && !shown.has("errorCode"));
            assertThat(succeeds).as("the section of %s in %s has a curl example that succeeds", request, PAGE)
                    .isTrue();
        }
    }

    /**
     * docs/errors.md's table "All codes" lists every code of the domain, with the status of its kind, and every code
     * of the service endpoint: the upper-case string literals of the endpoint's sources, HTTP method names aside.
     */
    @Test
    void theErrorCatalogueListsEveryCode() throws IOException {
        Path catalogue = locate(Path.of("docs", "errors.md"));
        String text = Files.readString(catalogue, StandardCharsets.UTF_8);
        int table = text.indexOf("\n## All codes");
        assertThat(table).as("a section \"## All codes\" in %s", catalogue).isPositive();
        Map<String, Integer> listed = new java.util.TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z][A-Z_]*)` \\| (\\d{3})\\b").matcher(text.substring(table));
        while (row.find()) {
            listed.put(row.group(1), Integer.parseInt(row.group(2)));
        }

        Map<String, Integer> domain = new java.util.TreeMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            domain.put(code.name(), switch (code.kind()) {
                case INVALID -> 400;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case UNAVAILABLE -> 503;
            });
        }
        assertThat(listed).as("the table \"All codes\" of %s: every domain code with its status", catalogue)
                .containsAllEntriesOf(domain);

        Path endpointSources = locate(Path.of("outbound-adapter-http", "src", "main", "java", "dev", "outbound",
                "adapter", "http", "service", "RequestFailure.java")).getParent();
        Set<String> endpoint = new java.util.TreeSet<>();
        Pattern literal = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"");
        try (var files = Files.list(endpointSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher code = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (code.find()) {
                    endpoint.add(code.group(1));
                }
            }
        }
        endpoint.removeAll(Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        assertThat(endpoint).as("error codes of the service endpoint").contains("MALFORMED_JSON", "UNAUTHORIZED");
        assertThat(listed.keySet()).as("the table \"All codes\" of %s: every code of the service endpoint",
                catalogue).containsAll(endpoint);
        Set<String> known = new java.util.TreeSet<>(domain.keySet());
        known.addAll(endpoint);
        assertThat(known).as("codes the table \"All codes\" of %s lists", catalogue)
                .containsAll(listed.keySet());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Runs the example's shell text with bash; answers what it printed, failing on a non-zero exit or a hang. */
    private static String run(String script, Example example) {
        Process process;
        try {
            process = new ProcessBuilder("bash", "-c", script).start();
        } catch (IOException e) {
            throw new AssertionError("bash could not be started: " + e.getMessage(), e);
        }
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(where(example) + "the example did not finish within 30 s");
            }
            String output = out.get(5, TimeUnit.SECONDS);
            if (process.exitValue() != 0 || output.isBlank()) {
                fail(where(example) + "the example exited with " + process.exitValue() + " and printed \"" + output
                        + "\"; standard error: " + err.get(5, TimeUnit.SECONDS));
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(where(example) + "the example's output could not be read", e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        });
    }

    /** Fails, not skips, when a command the examples need is missing: the docs would otherwise go unchecked. */
    private static void requireCommand(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("`" + String.join(" ", command) + "` failed; the examples of docs/api.md need " + command[0]);
            }
        } catch (IOException e) {
            fail(command[0] + " is not installed (" + e.getMessage() + "); the examples of docs/api.md are run with "
                    + "the real " + command[0] + ", so install it (for example: apt-get install " + command[0] + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new AssertionError(PAGE + ": " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String where(Example example) {
        return PAGE + ":" + example.line() + " (" + example.section() + ")\n  " + example.command() + "\n";
    }

    private static void write(StringBuilder transcript) {
        try {
            Files.createDirectories(TRANSCRIPT.getParent());
            Files.writeString(TRANSCRIPT, transcript);
        } catch (IOException e) {
            // only an aid; the assertions say what is wrong
        }
    }

    /** The file at {@code relative} in this directory or the nearest one above it (the project root). */
    private static Path locate(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
