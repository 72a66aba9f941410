package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code logback.xml}, checked in a child JVM that sees the main classes and the dependencies but not
 * the tests' quiet {@code logback-test.xml}: INFO by default, a readable line on standard error, and debug for one
 * package with {@code -Dlog.levels=<file>}.
 */
class LoggingConfigurationTest {
    private static final String APP = "dev.outbound.app.Lifecycle";
    private static final String DOMAIN = "dev.outbound.domain.Anything";

    @TempDir
    Path directory;

    @Test
    void logsInfoAndAboveToStandardErrorInAReadableLine() throws Exception {
        Result result = probe(List.of());

        assertThat(result.out()).containsExactly(APP + "=INFO", DOMAIN + "=INFO");
        assertThat(result.err()).singleElement().asString()
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  d\\.o\\.app\\.LoggingProbe - probe done");
    }

    @Test
    void aLevelsFileTurnsOnDebugForOnePackage() throws Exception {
        Path levels = directory.resolve("levels.properties");
        Files.writeString(levels, "logback.logger.dev.outbound.app=DEBUG\n");

        Result result = probe(List.of("-Dlog.levels=" + levels));

        assertThat(result.out()).containsExactly(APP + "=DEBUG", DOMAIN + "=INFO");
        assertThat(result.err()).singleElement().asString().endsWith("probe done");
    }

    @Test
    void aMissingLevelsFileIsIgnored() throws Exception {
        Result result = probe(List.of("-Dlog.levels=" + directory.resolve("none.properties")));

        assertThat(result.out()).containsExactly(APP + "=INFO", DOMAIN + "=INFO");
        assertThat(result.err()).singleElement().asString().endsWith("probe done");
    }

    private record Result(List<String> out, List<String> err) {
    }

    private Result probe(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPathWithoutTests());
        command.add(LoggingProbe.class.getName());
        command.add(APP);
        command.add(DOMAIN);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = read(process.getInputStream());
        String err = read(process.getErrorStream());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        assertThat(process.exitValue()).as("probe exit status; stderr: %s", err).isZero();
        return new Result(out.lines().toList(), err.lines().toList());
    }

    /** The test class path, with the test classes replaced by a directory holding only the probe. */
    private String classPathWithoutTests() throws IOException {
        Path testClasses = Path.of(LoggingProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path probeOnly = directory.resolve("probe");
        Path probeClass = Path.of(LoggingProbe.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(probeOnly.resolve(probeClass).getParent());
        Files.copy(testClasses.resolve(probeClass), probeOnly.resolve(probeClass));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator)) + File.pathSeparator + probeOnly;
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
