package dev.outbound.adapter.http.service;

import dev.outbound.port.spi.Endpoint;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.Settings;
import dev.outbound.port.spi.SpiVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The endpoint provider {@code service}: the Service Client API over HTTP for agents' desktops and any HTTP
 * client, with the demo desktop, the JavaScript client and the host page for WWE pages. Registered in
 * {@code META-INF/services/dev.outbound.port.spi.EndpointProvider}.
 */
public final class ServiceEndpointProvider implements EndpointProvider {
    /** The name configuration enables it by. */
    public static final String NAME = "service";
    /** The agents of the embedded default: demo tokens, printed at start-up, for a service bound to loopback. */
    public static final String DEMO_AGENTS = "agent1:demo-token-agent1:Alex Morgan,agent2:demo-token-agent2:"
            + "Sam Rivera";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.text("host", "the address to listen on; loopback unless you mean to expose the service",
                    "127.0.0.1"),
            SettingSpec.integer("port", "the port to listen on; 0 picks a free one", 8080, 0, 65_535),
            new SettingSpec("agents", "the agents and their bearer tokens: id:token[:name], comma separated",
                    Optional.of(DEMO_AGENTS), "id:token[:name],... with tokens of at least 8 characters",
                    ServiceEndpointProvider::checkAgents),
            SettingSpec.integer("max-body-bytes", "the largest request body accepted", 65_536, 1_024,
                    16_777_216),
            SettingSpec.integer("max-streams-per-agent", "how many event streams one agent may hold open", 4, 1,
                    64),
            SettingSpec.integer("heartbeat-ms", "how often event streams get a keep-alive comment", 15_000, 100,
                    300_000),
            SettingSpec.text("allowed-origins", "origins (scheme://host:port, comma separated) whose pages the "
                    + "host page /workspace.html may embed, besides its own", ""));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public List<SettingSpec> settings() {
        return SETTINGS;
    }

    @Override
    public Endpoint start(Settings settings, EndpointContext context) {
        AgentDirectory agents = AgentDirectory.parse(settings.text("agents"));
        JsonViews views = new JsonViews(context.clock());
        RequestCatalog catalog = new RequestCatalog(context.useCases(), views, agents);
        EventHub events = new EventHub(context.useCases().agentEvents(), views,
                (int) settings.integer("max-streams-per-agent"));
        List<String> origins = Arrays.stream(settings.text("allowed-origins").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        ServiceHandler handler = new ServiceHandler(catalog, agents, events, settings.integer("max-body-bytes"),
                origins);
        List<String> notes = startupNotes(agents, settings.text("agents").equals(DEMO_AGENTS));
        return new ServiceEndpoint(settings.text("host"), (int) settings.integer("port"), handler, events,
                settings.integer("heartbeat-ms"), notes);
    }

    /**
     * One line per agent for the start-up output. The demo agents' tokens are printed, so that a first start can be
     * tried at once; tokens someone configured are secrets and are not.
     */
    static List<String> startupNotes(AgentDirectory agents, boolean demo) {
        return agents.all().stream().map(a -> "agent " + a.id() + " (" + a.name() + ") token: "
                + (demo ? a.token() : "as configured (not shown)")).toList();
    }

    private static Optional<String> checkAgents(String value) {
        try {
            AgentDirectory.parse(value);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }
}
