package dev.outbound.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void isTheManifestsImplementationVersion() {
        assertThat(Version.orDevelopment("0.1.0")).isEqualTo("0.1.0");
    }

    @Test
    void isDevelopmentWithoutAManifestVersion() {
        assertThat(Version.orDevelopment(null)).isEqualTo("development");
        assertThat(Version.orDevelopment(" ")).isEqualTo("development");
    }

    @Test
    void classesRunFromTheBuildDirectoryAreDevelopment() {
        assertThat(Version.of(Main.class)).isEqualTo("development");
    }
}
