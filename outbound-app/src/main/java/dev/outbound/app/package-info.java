/**
 * The composition root: the only place that knows every part, and the only one that uses Guice.
 *
 * <p>Start-up runs in this order, each step in classes of its own:
 * <ol>
 *   <li>configuration: {@code ConfigurationLoader} layers a properties file, environment
 *       variables, system properties and command line options into a {@code Configuration};
 *       {@code AppSettings} reads and checks the application's own keys ({@code AppKeys});</li>
 *   <li>discovery and selection: {@code InstalledProviders} asks {@link java.util.ServiceLoader} for the backend
 *       and endpoint providers; {@code ProviderSelector} chooses among them by name and checks their settings,
 *       creating nothing, so a refusal leaves nothing to clean up;</li>
 *   <li>wiring: {@code Wiring} builds the injector in {@code Stage.PRODUCTION} from four modules without
 *       conditions ({@code ConfigurationModule}, {@code BackendModule}, {@code ApplicationModule},
 *       {@code EndpointsModule}), which creates the backend and the application;</li>
 *   <li>lifecycle: {@code Lifecycle} starts the endpoints in order and stops everything in reverse.</li>
 * </ol>
 *
 * <p>{@link dev.outbound.app.Main} hands the command line to {@code CommandLine}, which runs one of the
 * {@code Commands} ({@code serve}, {@code providers}, {@code bench}). Every start-up failure is a
 * {@code StartupException} whose message says what was found, what is known and what to change.
 */
package dev.outbound.app;
