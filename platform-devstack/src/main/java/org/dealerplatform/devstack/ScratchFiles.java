package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

final class ScratchFiles {

    private ScratchFiles() {
    }

    /**
     * Best effort with a few retries, since a server that just exited may still have files being
     * released; a leftover temporary file must not fail a test run that already passed.
     */
    static void deleteRecursively(Path root) {
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            if (attempt > 0) {
                HttpProbe.sleep(Duration.ofMillis(200));
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException concurrentlyChanged) {
                // retried below
            }
        }
        if (Files.exists(root)) {
            System.err.println("devstack: could not delete " + root);
        }
    }
}
