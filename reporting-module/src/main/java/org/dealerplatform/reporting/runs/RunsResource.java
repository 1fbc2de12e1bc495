package org.dealerplatform.reporting.runs;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.reporting.archive.ReportArchive;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.RunProgress;
import org.dealerplatform.reporting.outbox.RunStatus;

/** The association starts a month's run ("run now") and follows its progress; the worker does the rest. */
@Path("api/v1/reports/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresModule(ReportsModule.ID)
public class RunsResource {

    @Inject
    ReportRuns runs;

    @Inject
    OutboxStore outbox;

    @Inject
    ReportArchive archive;

    @Inject
    ReportSettings settings;

    public record NewRun(String kind, String month) {
    }

    public record RunView(String id, String kind, String month, String status, long total, long rendered, long sent,
                          long failed, long skipped, long remaining) {
    }

    @POST
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response start(NewRun body, @Context UriInfo uri) {
        Input.check(body).required("kind", body.kind(), 20).required("month", body.month(), 7).orRefuse();
        ReportKind kind = ReportKind.named(body.kind())
                .orElseThrow(() -> ApiException.invalid("kind", "must be SHOP_MONTHLY, GROUP_MONTHLY or NATIONAL_MONTHLY"));
        YearMonth month;
        try {
            month = YearMonth.parse(body.month().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("month", "must be YYYY-MM");
        }
        if (month.isAfter(YearMonth.now(ReportSettings.BEIJING))) {
            throw ApiException.invalid("month", "must not be in the future");
        }
        String base = settings.publicBaseUrl()
                .orElse(uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority());
        ReportRun run = runs.start(kind, month, base, Instant.now());
        return Response.accepted(view(run)).location(uri.getAbsolutePathBuilder().path(run.id()).build()).build();
    }

    @GET
    @Path("{id}")
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public RunView get(@PathParam("id") String id) {
        return view(runs.byId(id).orElseThrow(() -> new NotFound("report run")));
    }

    private RunView view(ReportRun run) {
        RunProgress p = RunProgress.count(outbox.countByState(run.id()), archive.rendered(run.kind(), run.month()));
        RunStatus status = ReportRuns.shownStatus(run, p);
        return new RunView(run.id(), run.kind().name(), run.month().toString(), status.name(), p.total(), p.rendered(),
                p.sent(), p.failed(), p.skipped(), p.remaining());
    }
}
