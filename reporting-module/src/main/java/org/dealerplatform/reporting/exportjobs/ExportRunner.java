package org.dealerplatform.reporting.exportjobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.export.ExportFile;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.export.SampleExports;
import org.dealerplatform.reporting.export.ScoreExports;
import org.dealerplatform.reporting.export.ShopsInReach;

/**
 * Writes one claimed job's file with the same writers as the streamed downloads: the shops of the
 * job's reach, a count for the progress, then row by row into a part file, the progress (and the
 * lease) written every {@link JobProgress#EVERY_ROWS} rows, the finished file moved into place.
 * Runs outside any transaction: each store call is its own, and the rows stream from a cursor.
 */
@ApplicationScoped
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFiles files;

    @Inject
    ExportSettings settings;

    @Inject
    ShopsInReach shops;

    @Inject
    SampleExports samples;

    @Inject
    ScoreExports scores;

    /** The job's outcome ends up in its row: DONE with the file in place, or FAILED with a reason. */
    public void run(ExportJob job, String node) {
        Path part = null;
        try {
            List<ShopProfile> reach = shops.of(job.reach());
            ExportFile file;
            Long total;
            if (job.kind() == ExportKind.SAMPLES) {
                file = samples.prepare(reach, job.period(), job.format(), job.locale());
                OptionalLong counted = samples.estimate(reach, job.period());
                total = counted.isPresent() ? counted.getAsLong() : null;
            } else {
                ScoreExports.Prepared prepared = scores.prepare(reach, job.period(), job.format(), job.locale());
                file = prepared;
                total = prepared.rows();
            }
            if (!jobs.progress(job.id(), node, 0, total, Instant.now())) {
                return; // deleted, or taken over, while the names were read
            }
            part = files.part(job);
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 64 * 1024)) {
                rows = file.writeTo(out, written -> {
                    if (JobProgress.due(written) && !jobs.progress(job.id(), node, written, null, Instant.now())) {
                        throw new JobTakenAway();
                    }
                });
            }
            long bytes = Files.size(part);
            files.publish(part, job);
            part = null;
            Instant now = Instant.now();
            if (!jobs.done(job.id(), node, rows, bytes, now, now.plus(settings.keep()))) {
                // deleted meanwhile, or another node finished it too: the sweep removes a file nobody owns
                LOG.info(() -> "export job " + job.id() + " was finished elsewhere or deleted");
            }
        } catch (JobTakenAway e) {
            LOG.info(() -> "export job " + job.id() + " was deleted or taken over by another node; stopped");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "export job " + job.id() + " failed", e);
            Instant now = Instant.now();
            // the reason the caller sees stays general: the log has the details
            jobs.failed(job.id(), node, "the export could not be written (" + e.getClass().getSimpleName()
                    + "); ask for it again", now, now.plus(settings.keep()));
        } finally {
            if (part != null) {
                ExportFiles.deleteQuietly(part);
            }
        }
    }

    /** This node no longer holds the job: stop writing, keep nothing. */
    static final class JobTakenAway extends IOException {
        JobTakenAway() {
            super("the job is no longer this node's");
        }
    }
}
