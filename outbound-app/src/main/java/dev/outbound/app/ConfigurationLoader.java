package dev.outbound.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code outbound.*} keys from their sources, each replacing the one before: an optional properties
 * file ({@code --config}), environment variables ({@link EnvironmentNames}), system properties
 * ({@code -Doutbound.*}) and finally options of the command line (such as {@code --port}). The environment and
 * the system properties are passed in, so tests choose them.
 */
final class ConfigurationLoader {
    /** Every configuration key starts with this. */
    static final String PREFIX = "outbound.";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationLoader.class);

    private final Map<String, String> environment;
    private final Properties systemProperties;

    ConfigurationLoader(Map<String, String> environment, Properties systemProperties) {
        this.environment = Map.copyOf(environment);
        this.systemProperties = systemProperties;
    }

    /**
     * Layers the sources.
     *
     * @param file        the properties file given with {@code --config}, if any
     * @param commandLine keys set by command line options, each with the option's name as its origin
     * @throws StartupException when the file is missing or cannot be read
     */
    Configuration load(Optional<Path> file, Map<String, ConfiguredValue> commandLine) {
        Map<String, ConfiguredValue> values = new TreeMap<>();
        file.ifPresent(path -> values.putAll(fromFile(path)));
        values.putAll(fromEnvironment());
        values.putAll(fromSystemProperties());
        values.putAll(commandLine);
        Configuration configuration = new Configuration(values);
        configuration.keys().forEach(key -> LOG.debug("{} from {}", key, configuration.origin(key)));
        return configuration;
    }

    private Map<String, ConfiguredValue> fromFile(Path path) {
        if (!Files.exists(path)) {
            throw new StartupException("The configuration file " + path.toAbsolutePath() + " given with --config "
                    + "does not exist. Check the path, or leave out --config to use the defaults, environment "
                    + "variables and system properties only.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new StartupException("The configuration file " + path.toAbsolutePath() + " given with --config "
                    + "cannot be read: " + StartupException.describe(unreadable) + ". It must be a readable "
                    + "properties file in UTF-8 with lines such as outbound.backend=mock.", unreadable);
        }
        LOG.info("Reading configuration from {}", path.toAbsolutePath());
        String origin = "file " + path;
        Map<String, ConfiguredValue> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                values.put(key, new ConfiguredValue(properties.getProperty(key), origin));
            } else {
                LOG.warn("Ignoring {} in {}: only keys starting with {} are read", key, path, PREFIX);
            }
        }
        return values;
    }

    private Map<String, ConfiguredValue> fromEnvironment() {
        Map<String, ConfiguredValue> values = new TreeMap<>();
        new TreeMap<>(environment).forEach((variable, value) -> EnvironmentNames.keyOf(variable).ifPresent(
                key -> values.put(key, new ConfiguredValue(value, "environment variable " + variable))));
        return values;
    }

    private Map<String, ConfiguredValue> fromSystemProperties() {
        Map<String, ConfiguredValue> values = new TreeMap<>();
        for (String key : systemProperties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                values.put(key, new ConfiguredValue(systemProperties.getProperty(key), "system property -D" + key));
            }
        }
        return values;
    }
}
