package dev.outbound.adapter.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.outbound.adapter.http.service.ServiceFixture;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.DesktopInteraction;
import dev.outbound.port.spi.ServiceClient;
import dev.outbound.port.spi.ServiceClientException;
import dev.outbound.port.spi.ServiceClientProvider;
import dev.outbound.port.spi.SpiVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Java client of the service, against the real service on a loopback port: agents sign in with their tokens,
 * work a record through the desktop's requests, and get the service's refusals back as the domain's exceptions.
 */
class ServiceHttpClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ServiceFixture service = new ServiceFixture();
    private final ServiceClient client = new ServiceHttpClientProvider().connect(URI.create(service.address()),
            TIMEOUT);

    @AfterEach
    void stop() {
        client.close();
        service.close();
    }

    @Test
    void itIsFoundThroughServiceLoaderForHttpAndHttps() {
        ServiceClientProvider provider = ServiceLoader.load(ServiceClientProvider.class).findFirst().orElseThrow();

        assertThat(provider).isInstanceOf(ServiceHttpClientProvider.class);
        assertThat(provider.schemes()).containsExactlyInAnyOrder("http", "https");
        assertThat(provider.spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void anAgentSignsInWithItsTokenAndIsKnownByItsId() {
        assertThat(client.signIn(ServiceFixture.AGENT1).agent()).isEqualTo(AgentId.of("agent1"));
        assertThat(client.signIn(ServiceFixture.AGENT2).agent()).isEqualTo(AgentId.of("agent2"));
    }

    @Test
    void aWholeCycleIsWorkedAndLeavesNothingOpen() {
        AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);

        DesktopInteraction preview = desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN);
        DesktopInteraction call = desktop.callPreviewRecord(preview.id(), preview.record());
        desktop.hangUp(call.id());
        desktop.setCallResult(call.id(), "33");
        desktop.markDone(call.id());

        assertThat(preview.chain()).isEqualTo(ChainId.of(3));
        assertThat(preview.record()).isEqualTo(RecordHandle.of(283));
        assertThat(call.id()).isNotEqualTo(preview.id());
        assertThat(call.record()).isEqualTo(RecordHandle.of(283));
        assertThat(service.interactions(ServiceFixture.AGENT1)).isEmpty();
    }

    /** Pulls the seed campaign's record, dials it and hangs up: a call in wrap-up. */
    private static DesktopInteraction callInWrapUp(AgentDesktop desktop) {
        DesktopInteraction preview = desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN);
        DesktopInteraction call = desktop.callPreviewRecord(preview.id(), preview.record());
        desktop.hangUp(call.id());
        return call;
    }

    @Test
    void theCustomerTimeIsTheRecordsLocalTimeSoARescheduleForTomorrowIsAccepted() {
        AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);
        DesktopInteraction call = callInWrapUp(desktop);

        desktop.rescheduleRecord(call.id(), call.record(),
                OcsFormats.formatDateTime(call.customerTime().plusDays(1)), "CAMPAIGN");

        assertThat(service.request(ServiceFixture.AGENT1, "interaction.getByInteractionId", call.id().value())
                .data().get("reschedule").get("callbackType").stringValue()).isEqualTo("CAMPAIGN");
    }

    @Test
    void rejectAndCancelGiveThePreviewBack() {
        AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);

        desktop.rejectPreviewRecord(desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN).id());
        desktop.cancelPreviewRecord(desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN).id());

        assertThat(service.interactions(ServiceFixture.AGENT1)).isEmpty();
    }

    @Test
    void aDoNotCallMarkIsSetOnTheCall() {
        AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);
        DesktopInteraction call = callInWrapUp(desktop);

        desktop.setDoNotCall(call.id());

        assertThat(service.request(ServiceFixture.AGENT1, "interaction.getByInteractionId", call.id().value())
                .data().get("doNotCall").booleanValue()).isTrue();
    }

    @Nested
    class Refusals {
        @Test
        void aRefusalComesBackWithTheServicesCodeAndMessageAndChangesNothing() {
            AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);
            DesktopInteraction preview = desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN);

            assertThatThrownBy(() -> desktop.callPreviewRecord(preview.id(), RecordHandle.of(999_999)))
                    .isInstanceOfSatisfying(OutboundException.class, refused -> assertThat(refused.code())
                            .isEqualTo(ErrorCode.RECORD_NOT_IN_CHAIN))
                    .hasMessageContaining("999999");
            assertThat(service.interactions(ServiceFixture.AGENT1)).hasSize(1);
            assertThat(desktop.callPreviewRecord(preview.id(), preview.record()).record())
                    .isEqualTo(preview.record());
        }

        @Test
        void anUnknownInteractionIsNotFound() {
            AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);

            assertThatThrownBy(() -> desktop.markDone(InteractionId.of("404")))
                    .isInstanceOfSatisfying(OutboundException.class, refused -> assertThat(refused.code())
                            .isEqualTo(ErrorCode.INTERACTION_NOT_FOUND));
        }

        @Test
        void anUnknownCampaignIsNotFound() {
            AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);

            assertThatThrownBy(() -> desktop.getPreviewRecord("No Such Campaign"))
                    .isInstanceOfSatisfying(OutboundException.class, refused -> assertThat(refused.code())
                            .isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND));
        }

        @Test
        void anotherAgentsInteractionIsNotFoundForThisOne() {
            AgentDesktop agent1 = client.signIn(ServiceFixture.AGENT1);
            AgentDesktop agent2 = client.signIn(ServiceFixture.AGENT2);
            DesktopInteraction preview = agent1.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN);

            assertThatThrownBy(() -> agent2.rejectPreviewRecord(preview.id()))
                    .isInstanceOfSatisfying(OutboundException.class, refused -> assertThat(refused.code())
                            .isEqualTo(ErrorCode.INTERACTION_NOT_FOUND));
            assertThat(service.interactions(ServiceFixture.AGENT1)).hasSize(1);
        }
    }

    @Nested
    class SigningIn {
        @Test
        void aWrongTokenIsRefusedWithTheServicesReason() {
            assertThatThrownBy(() -> client.signIn("not-a-known-token"))
                    .isInstanceOf(ServiceClientException.class)
                    .hasMessageContaining("refused agent.get with status 401 and UNAUTHORIZED");
        }

        @Test
        void aTokenThatCannotBeAHeaderValueIsRefusedBeforeAnythingIsSent() {
            assertThatThrownBy(() -> client.signIn("two words"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("printable ASCII without spaces");
        }

        @Test
        void aServiceThatIsNotThereIsNamedWithWhatHappened() throws IOException {
            int freePort;
            try (ServerSocket socket = new ServerSocket(0)) {
                freePort = socket.getLocalPort();
            }
            try (ServiceClient nowhere = new ServiceHttpClientProvider().connect(
                    URI.create("http://127.0.0.1:" + freePort + "/"), TIMEOUT)) {
                assertThatThrownBy(() -> nowhere.signIn(ServiceFixture.AGENT1))
                        .isInstanceOf(ServiceClientException.class)
                        .hasMessageContaining("agent.get to http://127.0.0.1:" + freePort + "/api/v2/service failed");
            }
        }

        @Test
        void aServerThatDoesNotSpeakTheEnvelopeIsNamedAsSuch() throws IOException {
            HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            other.createContext("/", exchange -> {
                byte[] page = "<html>not here</html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            other.start();
            try (ServiceClient wrong = new ServiceHttpClientProvider().connect(
                    URI.create("http://127.0.0.1:" + other.getAddress().getPort() + "/"), TIMEOUT)) {
                assertThatThrownBy(() -> wrong.signIn(ServiceFixture.AGENT1))
                        .isInstanceOf(ServiceClientException.class)
                        .hasMessageContaining("answered agent.get with status 200 and a body that is not a JSON "
                                + "envelope");
            } finally {
                other.stop(0);
            }
        }

        @Test
        void anInteractionReplyOfAnotherShapeIsNamedAsSuch() throws IOException {
            HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            other.createContext("/", exchange -> {
                String envelope = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                byte[] reply = (envelope.contains("agent.get") ? "{\"data\":{\"agentId\":\"agent1\"}}"
                        : "{\"data\":{\"interactionId\":7}}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
            other.start();
            try (ServiceClient odd = new ServiceHttpClientProvider().connect(
                    URI.create("http://127.0.0.1:" + other.getAddress().getPort() + "/"), TIMEOUT)) {
                AgentDesktop desktop = odd.signIn(ServiceFixture.AGENT1);

                assertThatThrownBy(() -> desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN))
                        .isInstanceOf(ServiceClientException.class)
                        .hasMessageContaining("is not a string");
            } finally {
                other.stop(0);
            }
        }

        @Test
        void aClosedClientSendsNothingMore() {
            AgentDesktop desktop = client.signIn(ServiceFixture.AGENT1);
            client.close();

            assertThatThrownBy(() -> desktop.getPreviewRecord(ServiceFixture.SEED_CAMPAIGN))
                    .isInstanceOf(ServiceClientException.class)
                    .hasMessageContaining("is closed");
        }
    }

    @Nested
    class Addresses {
        @Test
        void onlyHttpAndHttpsAddressesWithAHostAndNoQueryAreAccepted() {
            ServiceHttpClientProvider provider = new ServiceHttpClientProvider();

            for (String address : new String[] {"ftp://127.0.0.1/", "http:///path", "http://127.0.0.1:8080/?a=b",
                    "http://127.0.0.1:8080/#top", "mailto:agent@example.com"}) {
                assertThatThrownBy(() -> provider.connect(URI.create(address), TIMEOUT))
                        .as(address)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("must be an http:// or https:// URL with a host and no query");
            }
        }

        @Test
        void aTimeoutMustBePositive() {
            assertThatThrownBy(() -> new ServiceHttpClientProvider().connect(URI.create("http://127.0.0.1/"),
                    Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be positive");
        }
    }
}
