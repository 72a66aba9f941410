package dev.outbound.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/** The commands the command line knows, by name, in the order the usage text lists them. */
final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();

    Commands(List<Command> commands) {
        for (Command command : commands) {
            if (byName.put(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands are named " + command.name());
            }
        }
    }

    /**
     * The commands of the {@code outbound} program, working on the real class path.
     *
     * @param clock            the one time source of the process
     * @param environment      the process's environment variables
     * @param systemProperties the JVM's system properties
     * @param stopSignal       how {@code serve} learns to stop
     */
    static Commands standard(Clock clock, Map<String, String> environment, Properties systemProperties,
                             StopSignal stopSignal) {
        Supplier<InstalledProviders> discovery = () -> InstalledProviders.discover(Commands.class.getClassLoader());
        ConfigurationLoader loader = new ConfigurationLoader(environment, systemProperties);
        Launcher launcher = new Launcher(discovery, clock);
        return new Commands(List.of(
                new ServeCommand(loader, launcher, stopSignal),
                new ProvidersCommand(discovery),
                new BenchCommand(new BenchTargets(loader, launcher, clock, ServiceClients.discover(Commands.class.getClassLoader())))));
    }

    /** The command with this name, if there is one. */
    Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every command, in order. */
    List<Command> all() {
        return List.copyOf(byName.values());
    }
}
