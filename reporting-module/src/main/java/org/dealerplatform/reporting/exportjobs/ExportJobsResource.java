package org.dealerplatform.reporting.exportjobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * Long exports in the background: ask ({@code 202} and where to follow it), follow the progress,
 * download the file once DONE, delete it. The same roles and reach as the streamed downloads of
 * {@code ExportsResource} (which shares this path and stays for small exports); a job is its asker's
 * alone, and anyone else's, another group's included, answers 404 like a missing one.
 */
@Path("api/v1/exports")
@RequiresModule(ReportsModule.ID)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
public class ExportJobsResource {

    @Inject
    ExportRequests requests;

    /**
     * @param table  {@code SAMPLES} or {@code SCORES}
     * @param format {@code CSV} or {@code XLSX}
     * @param tenant the association's optional choice of one dealer group
     */
    public record NewExport(String table, String format, String from, String to, String tenant) {
    }

    /**
     * @param totalRows an estimate while running (counted at the start), exact once DONE
     * @param download  the file's address, once DONE
     * @param expiresAt when the file and the job are deleted, once finished
     */
    public record JobView(String id, String table, String format, String from, String to, String status, long rows,
                          Long totalRows, int percent, String download, String expiresAt, String createdAt,
                          String error) {

        static JobView of(ExportJob job, URI download) {
            JobProgress progress = job.progress();
            return new JobView(job.id(), job.kind().name(), job.format().name(), job.period().from().toString(),
                    job.period().to().toString(), job.status().name(), job.rows(), progress.shownTotal(),
                    progress.percent(), job.status() == JobStatus.DONE ? download.toString() : null,
                    text(job.expiresAt()), text(job.createdAt()), job.error());
        }

        private static String text(Instant at) {
            return at == null ? null : at.toString();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ask(NewExport body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                        @Context UriInfo uri) {
        Input.check(body).optional("tenant", body.tenant(), 40).orRefuse();
        ExportOrder order = ExportOrder.parse(body.table(), body.format(), body.from(), body.to(),
                Languages.choose(null, language));
        ExportJob job = requests.ask(order, body.tenant());
        return Response.accepted(view(job, uri)).location(self(job, uri)).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobView get(@PathParam("id") String id, @Context UriInfo uri) {
        return view(requests.mine(id), uri);
    }

    /** The finished file; 409 while it is being written, 410 once the file is gone. */
    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") String id) {
        return requests.download(requests.mine(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        requests.delete(id);
        return Response.noContent().build();
    }

    private static URI self(ExportJob job, UriInfo uri) {
        return uri.getBaseUriBuilder().path("api/v1/exports").path(job.id()).build();
    }

    private static JobView view(ExportJob job, UriInfo uri) {
        return JobView.of(job, uri.getBaseUriBuilder().path("api/v1/exports").path(job.id()).path("file").build());
    }
}
