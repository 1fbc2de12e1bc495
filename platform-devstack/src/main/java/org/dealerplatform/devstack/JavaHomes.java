package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK new enough for Keycloak. The platform itself builds and runs on Java 17, so the
 * JVM running this code is often too old for Keycloak 26 and another installed JDK must be used.
 */
public final class JavaHomes {

    public static final int KEYCLOAK_MINIMUM = 21;

    private final String configuredHome;
    private final Path runningHome;
    private final Path scanRoot;

    JavaHomes(String configuredHome, Path runningHome, Path scanRoot) {
        this.configuredHome = configuredHome;
        this.runningHome = runningHome;
        this.scanRoot = scanRoot;
    }

    /** {@code KEYCLOAK_JAVA_HOME}, else this JVM, else the newest JDK under /usr/lib/jvm. */
    public static Path forKeycloak() {
        return new JavaHomes(System.getenv("KEYCLOAK_JAVA_HOME"), Path.of(System.getProperty("java.home")),
                Path.of("/usr/lib/jvm")).find(KEYCLOAK_MINIMUM);
    }

    Path find(int minimumMajor) {
        if (configuredHome != null && !configuredHome.isBlank()) {
            Path home = Path.of(configuredHome);
            if (!Files.isExecutable(home.resolve("bin/java"))) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + home + " has no bin/java");
            }
            return home;
        }
        if (majorVersion(runningHome).orElse(0) >= minimumMajor) {
            return runningHome;
        }
        return scan().filter(home -> majorVersion(home).orElse(0) >= minimumMajor)
                .max(Comparator.comparingInt(home -> majorVersion(home).orElse(0)))
                .orElseThrow(() -> new IllegalStateException("Keycloak 26 needs Java " + minimumMajor
                        + "+; none found in " + scanRoot + " (this JVM is " + runningHome
                        + "); set KEYCLOAK_JAVA_HOME"));
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file: "25.0.3" gives 25, "1.8.0_402" gives 8. */
    static Optional<Integer> majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Stream<Path> scan() {
        if (!Files.isDirectory(scanRoot)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(scanRoot)) {
            return entries.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
