package dev.outbound.adapter.http.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's curl session works as written: its two shell blocks are run with bash and the real curl against a
 * fresh service on the embedded default, changing only the address, and every reply is what the README says.
 */
class ReadmeCurlSessionTest {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final String SECTION = "## A record cycle with curl";
    private static final String DOCUMENTED_SERVICE = "S=http://127.0.0.1:8080/api/v2/service";

    @Test
    void theRecordCycleOfTheReadmeCompletesAndItsRefusalIsAnEnvelope() throws IOException, InterruptedException {
        String readme = projectReadme();
        String section = readme.substring(readme.indexOf(SECTION));
        List<String> blocks = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(section);
        while (block.find() && blocks.size() < 2) {
            blocks.add(block.group(1));
        }
        assertThat(blocks.get(0)).contains(DOCUMENTED_SERVICE);

        try (ServiceFixture service = new ServiceFixture(Map.of("dial-delay-ms", "0"), Map.of())) {
            String session = blocks.get(0).replace(DOCUMENTED_SERVICE, "S=" + service.address() + "api/v2/service");
            List<JsonNode> replies = run(session);
            assertThat(replies).hasSize(7);
            replies.forEach(reply -> assertThat(reply.has("errorCode")).as(reply.toString()).isFalse());
            assertThat(replies.get(1).get("data").get("interactionId").stringValue()).isEqualTo("1");
            assertThat(replies.get(1).get("data").get("recordHandle").longValue()).isEqualTo(283);
            assertThat(replies.get(3).get("data").get("interactionId").stringValue()).isEqualTo("2");
            assertThat(replies.get(6).get("request").stringValue()).isEqualTo("interaction.markdone");

            String variables = session.lines().filter(line -> line.matches("^[A-Z]=.*")).reduce("",
                    (all, line) -> all + line + "\n");
            List<JsonNode> refusal = run(variables + blocks.get(1));
            assertThat(refusal).hasSize(2);
            assertThat(refusal.get(0).get("data").get("interactionId").stringValue()).isEqualTo("3");
            assertThat(refusal.get(0).get("data").get("recordHandle").longValue()).isEqualTo(285);
            assertThat(refusal.get(1).get("errorCode").stringValue()).isEqualTo("INVALID_RESCHEDULE_DATE");
        }
    }

    private static List<JsonNode> run(String script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        byte[] output = bash.getInputStream().readAllBytes();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        List<JsonNode> replies = new ArrayList<>();
        try (MappingIterator<JsonNode> values = JsonMapper.builder().build().readerFor(JsonNode.class)
                .readValues(output)) {
            values.forEachRemaining(replies::add);
        }
        return replies;
    }

    /** The project's README (the test runs in the module's folder, which has a README of its own). */
    private static String projectReadme() throws IOException {
        for (Path candidate : List.of(Path.of("..", "README.md"), Path.of("README.md"))) {
            if (Files.exists(candidate) && Files.readString(candidate).contains(SECTION)) {
                return Files.readString(candidate);
            }
        }
        throw new AssertionError("no README.md with the section \"" + SECTION + "\"");
    }
}
