package org.dealerplatform.reporting.exportjobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the background exports, each an environment variable of the same name (README).
 * The directory must be one directory for the whole cluster (a shared mount): a file written by
 * one node is downloaded through whichever node the balancer picks. A directory the platform
 * cannot write refuses the start, in any mode, rather than failing every export later.
 */
@ApplicationScoped
public class ExportSettings implements SettingsCheck {

    @Inject
    @ConfigProperty(name = "EXPORTS_DIR")
    Optional<String> dir;

    @Inject
    @ConfigProperty(name = "EXPORTS_KEEP_DAYS", defaultValue = "7")
    int keepDays;

    @Inject
    @ConfigProperty(name = "EXPORTS_WORKER_SECONDS", defaultValue = "5")
    int workerSeconds;

    /** How long a node may go without reporting progress before another node takes the job over. */
    @Inject
    @ConfigProperty(name = "EXPORTS_LEASE_SECONDS", defaultValue = "300")
    long leaseSeconds;

    /** {@code EXPORTS_DIR}, else {@code dealer-platform-exports} in the JVM's temporary directory. */
    public Path dir() {
        return dir.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "dealer-platform-exports"))
                .toAbsolutePath();
    }

    public Duration keep() {
        return Duration.ofDays(Math.max(1, keepDays));
    }

    public Duration workerInterval() {
        return Duration.ofSeconds(Math.max(1, workerSeconds));
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(30, leaseSeconds));
    }

    @Override
    public List<String> refusals(PlatformMode mode) {
        Path where = dir();
        try {
            Files.createDirectories(where);
        } catch (IOException | SecurityException e) {
            return List.of("EXPORTS_DIR " + where + " cannot be created: " + e.getMessage());
        }
        return Files.isWritable(where) ? List.of() : List.of("EXPORTS_DIR " + where + " is not writable");
    }
}
