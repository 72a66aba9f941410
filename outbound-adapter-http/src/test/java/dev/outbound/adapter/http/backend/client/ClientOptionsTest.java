package dev.outbound.adapter.http.backend.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.port.spi.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The failure budget of a call: what the retry settings add up to, and, with the defaults, clearly less than the
 * 10 s after which the WWE client gives up on a request, so that an unreachable backend reaches the agent's
 * desktop as BACKEND_UNAVAILABLE rather than as the desktop's own "Request timeout".
 */
class ClientOptionsTest {
    private static ClientOptions options(Map<String, String> given) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("url", "http://127.0.0.1:18300",
                "secret", "a-long-enough-secret"));
        settings.putAll(given);
        return ClientOptions.from(Settings.resolve("outbound.backend.http.", new HttpBackendProvider().settings(),
                settings));
    }

    @Test
    void theDefaultBudgetLeavesTheWweClientTimeToHearBackendUnavailable() {
        ClientOptions defaults = options(Map.of());

        assertThat(defaults.failureBudget()).as("3 x 2000 ms + 200 ms + 400 ms").isEqualTo(Duration.ofMillis(6_600));
        assertThat(defaults.connectTimeout()).as("connecting is part of an attempt")
                .isLessThanOrEqualTo(defaults.requestTimeout());
        assertThat(defaults.failureBudget()).as("clearly under the WWE client's request timeout")
                .isLessThanOrEqualTo(ClientOptions.WWE_REQUEST_TIMEOUT.minusSeconds(3));
    }

    @Test
    void theBudgetIsEveryAttemptAndEveryPauseWithThePauseCapped() {
        assertThat(options(Map.of("request-timeout-ms", "500", "retries", "0")).failureBudget())
                .isEqualTo(Duration.ofMillis(500));
        assertThat(options(Map.of("request-timeout-ms", "1000", "retries", "3", "retry-backoff-ms", "3000"))
                .failureBudget()).as("4 x 1 s + 3 s + 5 s (capped) + 5 s").isEqualTo(Duration.ofSeconds(17));
    }
}
