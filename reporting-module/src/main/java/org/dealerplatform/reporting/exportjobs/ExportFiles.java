package org.dealerplatform.reporting.exportjobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The finished files in {@code EXPORTS_DIR}, named by the job's id ({@code <id>.csv}). A job is
 * written to a part file of its own writer ({@code <id>.<writer>.part}) and moved into place
 * whole, so a download never sees half a file and two nodes that both believe they hold the job
 * never write into the same file.
 */
@ApplicationScoped
public class ExportFiles {

    private static final String PART = ".part";

    @Inject
    ExportSettings settings;

    /** Where the finished file of the job is (or will be). */
    public Path of(ExportJob job) {
        return settings.dir().resolve(job.id() + "." + job.format().extension());
    }

    /** A new part file for this writer of the job. */
    public Path part(ExportJob job) throws IOException {
        Files.createDirectories(settings.dir());
        return settings.dir().resolve(job.id() + "." + UUID.randomUUID().toString().substring(0, 8) + PART);
    }

    /** The written part becomes the file, replacing a copy another writer may have finished first. */
    public void publish(Path part, ExportJob job) throws IOException {
        Files.move(part, of(job), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public Optional<Path> finished(ExportJob job) {
        Path file = of(job);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(ExportJob job) {
        deleteQuietly(of(job));
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next sweep, which tries again
        }
    }

    /** A file in the directory: the job it belongs to, whether it is a part, when it was last written. */
    public record Entry(Path path, String jobId, boolean part, Instant modified) {
    }

    /** Every file named like an export's; anything else in the directory is not ours to touch. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(settings.dir())) {
            return entries;
        }
        try (Stream<Path> files = Files.list(settings.dir())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot != 36 || !isUuid(name.substring(0, dot))) {
                    continue;
                }
                try {
                    entries.add(new Entry(file, name.substring(0, dot), name.endsWith(PART),
                            Files.getLastModifiedTime(file).toInstant()));
                } catch (IOException vanished) {
                    // deleted meanwhile by another node's sweep
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + settings.dir(), e);
        }
        return entries;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
