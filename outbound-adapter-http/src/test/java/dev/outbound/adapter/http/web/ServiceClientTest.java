package dev.outbound.adapter.http.web;

import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.outbound.adapter.http.service.ServiceFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code service-client.js} called directly in the browser, as a page would call it: what its callbacks get, the
 * two forms of reject and cancel, subscriptions, and a service that cannot be reached.
 */
class ServiceClientTest {
    /** Calls {@code service.<call>(succeeded, failed)}; answers {outcome: 'succeeded'|'failed', envelope}. */
    private static final String CALL = """
            const done = arguments[arguments.length - 1];
            const service = window.genesys.wwe.service;
            service.configure({token: arguments[0]});
            const succeeded = envelope => done({outcome: 'succeeded', envelope});
            const failed = envelope => done({outcome: 'failed', envelope});
            """;

    static ServiceFixture service;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        service = new ServiceFixture(Map.of("dial-delay-ms", "300"), Map.of());
        browser = new Browser();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(12));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @BeforeEach
    void openAPageOfTheService() {
        browser.open(service.address() + "workspace.html"); // any page of the service's origin that loads the client
        browser.awaitVisible("#chooser");
    }

    @Test
    void succeededGetsTheWholeReplyEnvelope() {
        Map<String, Object> reply = call("service.outbound.getListOfCallResults(succeeded, failed);");

        assertThat(reply.get("outcome")).isEqualTo("succeeded");
        Map<String, Object> envelope = envelope(reply);
        assertThat(envelope).containsEntry("request", "outbound.getListOfCallResults")
                .containsEntry("userAgent", "WWE Server").containsEntry("protocolVersion", 2L)
                .doesNotContainKey("referenceId");
        assertThat(envelope.get("data")).asInstanceOf(MAP)
                .containsEntry("OK", 0L).containsEntry("BUSY", 6L);
    }

    @Test
    void failedGetsTheFailureEnvelopeWithItsCode() {
        Map<String, Object> reply = call("service.outbound.getCallResult('999', succeeded, failed);");

        assertThat(reply.get("outcome")).isEqualTo("failed");
        assertThat(envelope(reply)).containsEntry("errorCode", "INTERACTION_NOT_FOUND")
                .containsEntry("request", "outbound.getCallResult").containsKey("errorMessage");
    }

    @Test
    void rejectAndCancelTakeTheInteractionIdOrNone() {
        service.pullSeedRecord(AGENT2);
        Map<String, Object> withoutId = call("service.outbound.rejectPreviewRecord(succeeded, failed);");
        assertThat(withoutId.get("outcome")).as("%s", withoutId).isEqualTo("succeeded");
        assertThat(service.call(AGENT2, "interaction.getInteractions").data()).isEmpty();

        String id = service.pullSeedRecord(AGENT2);
        Map<String, Object> withId = call("service.outbound.cancelPreviewRecord('" + id + "', succeeded, failed);");
        assertThat(withId.get("outcome")).as("%s", withId).isEqualTo("succeeded");
        assertThat(service.call(AGENT2, "interaction.getInteractions").data()).isEmpty();
    }

    @Test
    void aSubscriptionDeliversEventEnvelopesOnItsContext() {
        Map<String, Object> reply = call(AGENT1, """
                const context = {name: 'the context'};
                service.subscribe(['interaction'], function (envelope) {
                  done({outcome: 'event', envelope, context: this.name});
                }, context);
                setTimeout(() => service.outbound.getPreviewRecord('Preview Sales', () => {}, failed), 300);
                """);

        assertThat(reply.get("outcome")).as("%s", reply).isEqualTo("event");
        assertThat(reply.get("context")).isEqualTo("the context");
        assertThat(envelope(reply)).containsEntry("event", "interaction").containsEntry("userAgent", "WWE Server");
        assertThat(envelope(reply).get("data").toString()).contains("eventType=added", "campaignName=Preview Sales");
    }

    @Test
    void aServiceThatCannotBeReachedEndsInAFailureEnvelope() {
        Map<String, Object> reply = call("""
                service.configure({baseUrl: 'http://127.0.0.1:9'});
                service.agent.get(succeeded, failed);
                """);

        assertThat(reply.get("outcome")).isEqualTo("failed");
        assertThat(envelope(reply)).containsEntry("errorCode", "SERVICE_UNREACHABLE")
                .containsEntry("request", "agent.get");
    }

    /** Runs the script after {@link #CALL} for agent 2. */
    private static Map<String, Object> call(String script) {
        return call(AGENT2, script);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String token, String script) {
        return (Map<String, Object>) browser.asyncScript(CALL + script, token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> envelope(Map<String, Object> reply) {
        return (Map<String, Object>) reply.get("envelope");
    }
}
