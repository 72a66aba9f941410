package dev.outbound.app;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.ServiceClient;
import dev.outbound.port.spi.ServiceClientException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Starts what the bench's agents work against, one way per {@link BenchMode}, or connects to a service already
 * running. Every stack it starts is configured like {@code serve} (the {@code --config} file, environment, system
 * properties), with what the bench must decide itself put on top: which endpoints run, free loopback ports,
 * generated agents' tokens and backend secret, and the generated chains.
 */
final class BenchTargets {
    /** How long one request of an agent may take over HTTP before the bench gives up on it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final String BENCH = "the bench command";
    private static final String BACKEND_SERVER = "backend-server";
    private static final String LOOPBACK = "127.0.0.1";

    private final ConfigurationLoader loader;
    private final Launcher launcher;
    private final Clock clock;
    private final ServiceClients clients;
    private final SecureRandom random = new SecureRandom();

    BenchTargets(ConfigurationLoader loader, Launcher launcher, Clock clock, ServiceClients clients) {
        this.loader = loader;
        this.launcher = launcher;
        this.clock = clock;
        this.clients = clients;
    }

    /**
     * Starts the configured stack for {@code mode}, with {@code agents} agents; a mock backend generates
     * {@code chains} extra chains for {@code campaign} (which must then be one that generates records).
     */
    BenchTarget start(BenchMode mode, Optional<Path> config, int agents, String campaign, int chains) {
        Map<String, ConfiguredValue> data = new TreeMap<>();
        data.put(AppKeys.BACKEND_SETTINGS + "mock.extra-chains", new ConfiguredValue(Integer.toString(chains),
                "the bench command's --chains"));
        if (chains > 0) {
            data.put(AppKeys.BACKEND_SETTINGS + "mock.extra-chains-campaign", new ConfiguredValue(campaign,
                    "the bench command's --campaign"));
        }
        List<Runnable> stops = new ArrayList<>();
        try {
            return switch (mode) {
                case IN_PROCESS -> inProcess(config, agents, data, stops);
                case HTTP -> overHttp(config, agents, data, stops);
                case HTTP_BACKEND -> overHttpBackend(config, agents, data, stops);
            };
        } catch (RuntimeException failed) {
            BenchTarget.stopAll(stops);
            throw failed;
        }
    }

    /**
     * Signs the agents of {@code tokens} in to the service already running at {@code address}.
     *
     * @throws CommandFailedException when the service cannot be reached or refuses a token
     */
    BenchTarget remote(String address, List<String> tokens) {
        List<Runnable> stops = new ArrayList<>();
        try {
            return signIn("over HTTP to the service at " + address, address, tokens, stops);
        } catch (RuntimeException failed) {
            BenchTarget.stopAll(stops);
            throw failed;
        }
    }

    /** The backend and the application in this process, no endpoint: agents call the use cases directly. */
    private BenchTarget inProcess(Optional<Path> config, int agents, Map<String, ConfiguredValue> data,
                                  List<Runnable> stops) {
        Map<String, ConfiguredValue> bench = new TreeMap<>(data);
        bench.put(AppKeys.ENDPOINTS, value(""));
        Lifecycle lifecycle = launcher.start(loader.load(config, bench));
        stops.add(lifecycle::stop);
        List<AgentDesktop> desktops = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            desktops.add(new InProcessDesktop(AgentId.of(agentId(i)), lifecycle.useCases(), clock));
        }
        return new BenchTarget("in this process", desktops, stops);
    }

    /** The same stack with its service endpoint on a free loopback port; agents send envelopes over HTTP. */
    private BenchTarget overHttp(Optional<Path> config, int agents, Map<String, ConfiguredValue> data,
                                 List<Runnable> stops) {
        List<String> tokens = tokens(agents);
        Map<String, ConfiguredValue> bench = new TreeMap<>(data);
        bench.putAll(serviceEndpoint(tokens));
        Lifecycle lifecycle = launcher.start(loader.load(config, bench));
        stops.add(lifecycle::stop);
        String address = addressOf(lifecycle, AppKeys.SERVICE_ENDPOINT);
        return signIn("over HTTP to the service at " + address + " (backend in the same process)", address,
                tokens, stops);
    }

    /**
     * Two stacks, as in the two-process deployment but in this process: the configured backend behind a
     * {@code backend-server} endpoint, and in front of it the application over the {@code http} backend with the
     * service endpoint. Agents send envelopes to the front stack; it sends backend-protocol requests to the other.
     */
    private BenchTarget overHttpBackend(Optional<Path> config, int agents, Map<String, ConfiguredValue> data,
                                        List<Runnable> stops) {
        String secret = "bench-" + hex(16);
        Map<String, ConfiguredValue> back = new TreeMap<>(data);
        back.put(AppKeys.ENDPOINTS, value(BACKEND_SERVER));
        back.put(endpointSetting(BACKEND_SERVER, "host"), value(LOOPBACK));
        back.put(endpointSetting(BACKEND_SERVER, "port"), value("0"));
        back.put(endpointSetting(BACKEND_SERVER, "secret"), value(secret));
        Lifecycle backend = launcher.start(loader.load(config, back));
        stops.add(backend::stop);
        String backendAddress = addressOf(backend, BACKEND_SERVER);

        List<String> tokens = tokens(agents);
        Map<String, ConfiguredValue> front = serviceEndpoint(tokens);
        front.put(AppKeys.BACKEND, value("http"));
        front.put(AppKeys.BACKEND_SETTINGS + "http.url", value(backendAddress));
        front.put(AppKeys.BACKEND_SETTINGS + "http.secret", value(secret));
        Lifecycle service = launcher.start(loader.load(config, front));
        stops.add(service::stop);
        String address = addressOf(service, AppKeys.SERVICE_ENDPOINT);
        return signIn("over HTTP to the service at " + address + ", whose backend is http to the backend server at "
                + backendAddress, address, tokens, stops);
    }

    /** Connects a client, adds its closing to {@code stops}, and signs every token's agent in. */
    private BenchTarget signIn(String description, String address, List<String> tokens, List<Runnable> stops) {
        ServiceClient client = clients.connect(address, REQUEST_TIMEOUT);
        stops.add(client::close);
        List<AgentDesktop> desktops = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            try {
                desktops.add(client.signIn(tokens.get(i)));
            } catch (ServiceClientException | IllegalArgumentException refused) {
                throw new CommandFailedException("agent " + (i + 1) + " of " + tokens.size() + " cannot sign in: "
                        + refused.getMessage());
            }
        }
        return new BenchTarget(description, desktops, stops);
    }

    /** The service endpoint alone, on a free loopback port, serving the bench's agents. */
    private Map<String, ConfiguredValue> serviceEndpoint(List<String> tokens) {
        Map<String, ConfiguredValue> settings = new TreeMap<>();
        settings.put(AppKeys.ENDPOINTS, value(AppKeys.SERVICE_ENDPOINT));
        settings.put(endpointSetting(AppKeys.SERVICE_ENDPOINT, "host"), value(LOOPBACK));
        settings.put(endpointSetting(AppKeys.SERVICE_ENDPOINT, "port"), value("0"));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            agents.add(agentId(i + 1) + ":" + tokens.get(i));
        }
        settings.put(endpointSetting(AppKeys.SERVICE_ENDPOINT, "agents"), value(String.join(",", agents)));
        return settings;
    }

    private static String addressOf(Lifecycle lifecycle, String endpoint) {
        return lifecycle.running().stream().filter(running -> running.name().equals(endpoint))
                .map(RunningEndpoint::address).findFirst()
                .orElseThrow(() -> new IllegalStateException("endpoint " + endpoint + " did not start"));
    }

    private List<String> tokens(int agents) {
        return java.util.stream.IntStream.rangeClosed(1, agents).mapToObj(i -> "bench-" + hex(12) + "-" + i)
                .toList();
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static String agentId(int number) {
        return "bench-agent-" + number;
    }

    private static String endpointSetting(String endpoint, String setting) {
        return AppKeys.ENDPOINT_SETTINGS + endpoint + "." + setting;
    }

    private static ConfiguredValue value(String value) {
        return new ConfiguredValue(value, BENCH);
    }
}
