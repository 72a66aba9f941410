package dev.outbound.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code serve [--config <file>] [--port <n>]}: starts the backend and the endpoints, prints each endpoint's
 * address (and what it wants said, such as the demo agents' tokens) and runs until the process is asked to stop.
 */
final class ServeCommand implements Command {
    /** The key {@code --port} sets: the port of the agents' service endpoint. */
    static final String PORT_KEY = AppKeys.ENDPOINT_SETTINGS + AppKeys.SERVICE_ENDPOINT + ".port";

    private static final String CONFIG = "--config";
    private static final String PORT = "--port";
    private static final int MAX_PORT = 65_535;

    private final ConfigurationLoader loader;
    private final Launcher launcher;
    private final StopSignal stopSignal;

    ServeCommand(ConfigurationLoader loader, Launcher launcher, StopSignal stopSignal) {
        this.loader = loader;
        this.launcher = launcher;
        this.stopSignal = stopSignal;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "serve [--config <file>] [--port <n>]";
    }

    @Override
    public String summary() {
        return "Starts the backend and the endpoints and runs until stopped (Ctrl-C). --config reads a properties "
                + "file; --port sets " + PORT_KEY + " (0 picks a free port).";
    }

    @Override
    public void run(List<String> arguments, Console console) {
        Options options = Options.parse(arguments, Set.of(CONFIG, PORT));
        Map<String, ConfiguredValue> commandLine = options.integer(PORT, 0, MAX_PORT, "a port number",
                        " (0 picks a free port)")
                .map(port -> Map.of(PORT_KEY, new ConfiguredValue(Integer.toString(port), "command line option "
                        + PORT)))
                .orElse(Map.of());
        Configuration configuration = loader.load(options.value(CONFIG).map(Path::of), commandLine);
        Lifecycle lifecycle = launcher.start(configuration);
        stopSignal.onStop(lifecycle::stop);
        lifecycle.running().forEach(endpoint -> {
            console.out().println(endpoint.name() + ": " + endpoint.address());
            endpoint.startupNotes().forEach(console.out()::println);
        });
        console.out().println("Outbound is running; press Ctrl-C to stop.");
        console.out().flush();
        try {
            stopSignal.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            lifecycle.stop();
        }
    }
}
