package dev.outbound.app;

/** The version of this build: the jar manifest's {@code Implementation-Version}, or {@code development}. */
final class Version {
    /** What is reported when the classes do not come from a packaged jar. */
    static final String DEVELOPMENT = "development";

    private Version() {}

    /** The version of the jar that holds {@code type}. */
    static String of(Class<?> type) {
        return orDevelopment(type.getPackage().getImplementationVersion());
    }

    /** The manifest's version, or {@link #DEVELOPMENT} when there is none. */
    static String orDevelopment(String implementationVersion) {
        return implementationVersion == null || implementationVersion.isBlank() ? DEVELOPMENT : implementationVersion;
    }
}
