package org.dealerplatform.reporting.exportjobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.time.Instant;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.reporting.export.ExportScope;
import org.dealerplatform.reporting.export.ExportsResource;

/**
 * What the API and the console pages do with the caller's jobs, in one place so both follow the
 * same rules: the caller is the job's owner (the token's subject and tenant, never a value from the
 * request), their reach is decided by {@link ExportScope} as for a streamed export, and a job that
 * is not theirs is 404.
 */
@RequestScoped
public class ExportRequests {

    @Inject
    CallerContext callers;

    @Inject
    ExportScope scope;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFiles files;

    /** A new job, or the caller's queued or running job of the same request. */
    public ExportJob ask(ExportOrder order, String tenant) {
        ExportScope.Reach reach = scope.reach(order.kind(), order.period(), tenant);
        return jobs.ask(asker(), reach, order, Instant.now());
    }

    public ExportJob mine(String id) {
        return jobs.mine(id, asker()).orElseThrow(() -> ApiException.notFound("export"));
    }

    public java.util.List<ExportJob> latest(int limit) {
        return jobs.latest(asker(), limit);
    }

    /** Deletes the job and its file; a job being written stops at its next progress write. */
    public void delete(String id) {
        ExportJob job = mine(id);
        if (!jobs.remove(job.id(), asker())) {
            throw ApiException.notFound("export");
        }
        files.delete(job);
    }

    /** The finished file as a download, named and typed like the streamed export of the same months. */
    public Response download(ExportJob job) {
        if (job.status() != JobStatus.DONE) {
            throw new ApiException(409, "Conflict", "the export is " + job.status() + "; its file is there once DONE");
        }
        Path file = files.finished(job).orElseThrow(() -> new ApiException(410, "Gone",
                "the file of this export is no longer there; ask for the export again"));
        return ExportsResource.file(file.toFile(), job.format(), job.kind(), job.period());
    }

    /** The association's jobs have no tenant; a group admin's are their group's. */
    ExportJobs.Asker asker() {
        Caller caller = callers.required();
        return new ExportJobs.Asker(caller.subject(), caller.isAssociationAdmin() ? null : callers.requiredTenant());
    }
}
