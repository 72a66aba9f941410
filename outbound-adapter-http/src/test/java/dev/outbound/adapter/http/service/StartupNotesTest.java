package dev.outbound.adapter.http.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the service prints when it starts: the demo tokens of the embedded default, never configured ones. */
class StartupNotesTest {

    @Test
    void theDemoAgentsTokensArePrintedSoThatAFirstStartCanBeTried() {
        try (ServiceFixture service = new ServiceFixture()) {
            assertThat(service.endpoint().startupNotes()).containsExactly(
                    "agent agent1 (Alex Morgan) token: demo-token-agent1",
                    "agent agent2 (Sam Rivera) token: demo-token-agent2");
        }
    }

    @Test
    void configuredTokensAreSecretsAndAreNotPrinted() {
        try (ServiceFixture service = new ServiceFixture(Map.of(), Map.of("agents",
                "ops1:secret-token-of-ops1:Pat Lee,ops2:secret-token-of-ops2"))) {
            assertThat(service.endpoint().startupNotes()).containsExactly(
                    "agent ops1 (Pat Lee) token: as configured (not shown)",
                    "agent ops2 (ops2) token: as configured (not shown)")
                    .noneMatch(note -> note.contains("secret-token"));
        }
    }
}
