package org.dealerplatform.reporting.exportjobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.reporting.console.ConsoleTimes;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * The caller's background exports in the console: each job's progress and, once done, its
 * download; a form to start one (headers in the console's language). The rules are the API's
 * ({@link ExportRequests}); the forms carry the session's CSRF token and answer with a redirect,
 * or with the page again and the problem marked.
 */
@Path("console/reports/exports")
@RequiresModule(ReportsModule.ID)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
public class ExportJobPages {

    static final String TEMPLATE = "templates/reports/exports.vm";
    static final int SHOWN = 30;

    @Inject
    ExportRequests requests;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** One job as the page lists it. */
    public record JobLine(String id, String table, String format, String from, String to, String status, long rows,
                          Long totalRows, int percent, String created, String expires) {

        static JobLine of(ExportJob job) {
            JobProgress progress = job.progress();
            return new JobLine(job.id(), job.kind().name(), job.format().name(), job.period().from().toString(),
                    job.period().to().toString(), job.status().name(), job.rows(), progress.shownTotal(),
                    progress.percent(), ConsoleTimes.of(job.createdAt()), ConsoleTimes.of(job.expiresAt()));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("asked") String asked) {
        YearMonth last = YearMonth.now(ReportSettings.BEIJING).minusMonths(1);
        Map<String, String> form = new HashMap<>(Map.of("table", "SAMPLES", "format", "CSV",
                "from", last.minusMonths(2).toString(), "to", last.toString()));
        return page(Map.of(), form, asked);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(@FormParam("_csrf") String csrf, @FormParam("table") String table,
                        @FormParam("format") String format, @FormParam("from") String from,
                        @FormParam("to") String to) {
        view.checkCsrf(csrf);
        Map<String, String> form = new HashMap<>();
        form.put("table", table == null ? "" : table.strip());
        form.put("format", format == null ? "" : format.strip());
        form.put("from", from == null ? "" : from.strip());
        form.put("to", to == null ? "" : to.strip());
        ExportOrder order;
        try {
            order = ExportOrder.parse(form.get("table"), form.get("format"), form.get("from"), form.get("to"),
                    view.locale());
        } catch (ApiException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.put(error.field(), error.field());
            }
            return page(errors, form, null);
        }
        ExportJob job = requests.ask(order, null);
        String id = URLEncoder.encode(job.id(), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/console/reports/exports?asked=" + id + "#job-" + id)).build();
    }

    /** The file, as the API gives it; the console session is the credential here. */
    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") String id) {
        return requests.download(requests.mine(id));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        view.checkCsrf(csrf);
        requests.delete(id);
        return Response.seeOther(URI.create("/console/reports/exports")).build();
    }

    private Response page(Map<String, String> errors, Map<String, String> form, String asked) {
        List<JobLine> lines = requests.latest(SHOWN).stream().map(JobLine::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("jobs", lines);
        model.put("errors", errors);
        model.put("form", form);
        model.put("asked", lines.stream().anyMatch(l -> l.id().equals(asked)) ? asked : "");
        model.put("unfinished", lines.stream().anyMatch(l -> !JobStatus.valueOf(l.status()).finished()));
        model.put("mostMonths", ExportOrder.MOST_MONTHS);
        return pages.page(errors.isEmpty() ? 200 : 400, TEMPLATE, "console.exports.title", model);
    }
}
