package dev.outbound.app;

import dev.outbound.port.spi.SettingSpec;
import dev.outbound.port.spi.SpiVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code providers}: what is installed. Lists every backend and endpoint provider found on the class path, with
 * its SPI version, its class and its settings with their defaults, and says which ones cannot be selected.
 */
final class ProvidersCommand implements Command {
    private final Supplier<InstalledProviders> discovery;

    ProvidersCommand(Supplier<InstalledProviders> discovery) {
        this.discovery = discovery;
    }

    @Override
    public String name() {
        return "providers";
    }

    @Override
    public String synopsis() {
        return "providers";
    }

    @Override
    public String summary() {
        return "Lists the installed backend and endpoint providers, their SPI versions and settings with defaults.";
    }

    @Override
    public void run(List<String> arguments, Console console) {
        Options.parse(arguments, Set.of());
        InstalledProviders installed = discovery.get();
        PrintWriter out = console.out();
        out.println("This application implements SPI version " + SpiVersion.CURRENT + ".");
        out.println();
        out.println("Backend providers (select one with " + AppKeys.BACKEND + "):");
        list(installed.backends(), out);
        out.println();
        out.println("Endpoint providers (start them with " + AppKeys.ENDPOINTS + "):");
        list(installed.endpoints(), out);
        out.flush();
    }

    private static void list(ProviderRegistry<?> registry, PrintWriter out) {
        if (registry.all().isEmpty()) {
            out.println("  none installed");
        }
        for (DiscoveredProvider<?> provider : registry.all()) {
            out.println("  " + provider.name() + "  SPI " + provider.spiVersion() + "  " + provider.className()
                    + problems(registry, provider));
            String prefix = provider.kind().settingsPrefix(provider.name());
            if (provider.settings().isEmpty()) {
                out.println("      no settings");
            }
            for (SettingSpec setting : provider.settings()) {
                out.println("      " + prefix + setting.key() + defaultOf(setting));
                out.println("          " + setting.description() + " (" + setting.allowed() + ")");
            }
        }
    }

    private static String defaultOf(SettingSpec setting) {
        return setting.defaultValue()
                .map(value -> " = " + (value.isEmpty() ? "(empty)" : value))
                .orElse(", required");
    }

    private static String problems(ProviderRegistry<?> registry, DiscoveredProvider<?> provider) {
        StringBuilder problems = new StringBuilder();
        if (provider.spiVersion() != SpiVersion.CURRENT) {
            problems.append("  [cannot be selected: built for SPI ").append(provider.spiVersion()).append(']');
        }
        long sameName = registry.all().stream().filter(other -> other.name().equals(provider.name())).count();
        if (sameName > 1) {
            problems.append("  [cannot be selected: ").append(sameName).append(" providers have this name]");
        }
        return problems.toString();
    }
}
