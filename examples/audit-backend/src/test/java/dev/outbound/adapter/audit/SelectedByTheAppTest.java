package dev.outbound.adapter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real application, started in its own JVM with this module on the class path, selects the example by
 * configuration alone ({@code outbound.backend=audit}) and serves agents through it: the audit log shows the
 * request the agent's pull became.
 */
class SelectedByTheAppTest {

    @Test
    void outboundBackendAuditSelectsTheExample() throws IOException, InterruptedException {
        Path log = Files.createTempFile("audit-app", ".log");
        Process app = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Doutbound.backend=audit",
                "-Doutbound.backend.audit.delegate=mock",
                "-Doutbound.backend.audit.delegate-settings=dial-delay-ms=0",
                "-Doutbound.endpoint.service.port=0",
                "-cp", System.getProperty("java.class.path"),
                "dev.outbound.app.Main", "serve"))
                .redirectError(log.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            String address = null;
            for (String line = out.readLine(); line != null && address == null; line = out.readLine()) {
                if (line.startsWith("service: ")) {
                    address = line.substring("service: ".length());
                }
            }
            assertThat(address).as("the app started and printed its address; its log: " + Files.readString(log))
                    .startsWith("http://127.0.0.1:");

            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(address + "api/v2/service"))
                    .header("Authorization", "Bearer demo-token-agent1").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"request\":\"outbound.getPreviewRecord\",\"parameters\":[\"Outbound Campaign Custom\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("Selected backend \"audit\"")
                    .contains("agent1 PreviewRecordRequest Outbound Campaign Custom -> ok");
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }
}
