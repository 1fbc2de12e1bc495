package org.dealerplatform.reporting.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.reporting.archive.ReportArchive;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.RunProgress;
import org.dealerplatform.reporting.runs.ReportRun;
import org.dealerplatform.reporting.runs.ReportRuns;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * The association's view of the report runs: each run's progress, counted exactly as
 * {@code GET /api/v1/reports/runs/{id}} counts it, and "run now" for a month. Starting the same
 * month again leads to its existing run; the form answers with a redirect (or the page again with
 * the problem marked).
 */
@Path("console/reports/runs")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(ReportsModule.ID)
public class RunPages {

    static final String TEMPLATE = "templates/reports/runs.vm";
    static final int SHOWN = 36;

    @Inject
    ReportRuns runs;

    @Inject
    OutboxStore outbox;

    @Inject
    ReportArchive archive;

    @Inject
    ReportSettings settings;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    /** One run as the page lists it. */
    public record RunLine(String id, String kind, String month, String status, long total, long rendered, long sent,
                          long failed, long skipped, long remaining, String created) {
    }

    @GET
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response list(@QueryParam("started") String started) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", ReportKind.SHOP_MONTHLY.name());
        form.put("month", YearMonth.now(ReportSettings.BEIJING).minusMonths(1).toString());
        return page(Map.of(), form, started);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response start(@FormParam("_csrf") String csrf, @FormParam("kind") String kind,
                          @FormParam("month") String month, @Context UriInfo uri) {
        view.checkCsrf(csrf);
        Map<String, String> form = new HashMap<>();
        form.put("kind", kind == null ? "" : kind.strip());
        form.put("month", month == null ? "" : month.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportKind> kindOf = ReportKind.named(form.get("kind"));
        if (kindOf.isEmpty()) {
            errors.put("kind", "kind");
        }
        Optional<YearMonth> parsed = month(form.get("month"));
        if (parsed.isEmpty()) {
            errors.put("month", "month");
        } else if (parsed.get().isAfter(YearMonth.now(ReportSettings.BEIJING))) {
            errors.put("month", "future");
        }
        if (!errors.isEmpty()) {
            return page(errors, form, null);
        }
        String base = settings.publicBaseUrl()
                .orElse(uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority());
        ReportRun run = runs.start(kindOf.get(), parsed.get(), base, Instant.now());
        String id = URLEncoder.encode(run.id(), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/console/reports/runs?started=" + id + "#run-" + id)).build();
    }

    /** Strictly YYYY-MM: what a month field sends, and what the API takes. */
    static Optional<YearMonth> month(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Response page(Map<String, String> errors, Map<String, String> form, String started) {
        List<RunLine> lines = runs.recentIds(SHOWN).stream().flatMap(id -> runs.byId(id).stream())
                .map(this::line).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("runs", lines);
        model.put("errors", errors);
        model.put("form", form);
        model.put("kinds", List.of(ReportKind.values()));
        model.put("started", lines.stream().anyMatch(l -> l.id().equals(started)) ? started : "");
        model.put("unfinished", lines.stream().anyMatch(l -> !"DONE".equals(l.status())));
        return pages.page(errors.isEmpty() ? 200 : 400, TEMPLATE, "console.runs.title", model);
    }

    private RunLine line(ReportRun run) {
        RunProgress p = RunProgress.count(outbox.countByState(run.id()), archive.rendered(run.kind(), run.month()));
        return new RunLine(run.id(), run.kind().name(), run.month().toString(),
                ReportRuns.shownStatus(run, p).name(), p.total(), p.rendered(), p.sent(), p.failed(), p.skipped(),
                p.remaining(), ConsoleTimes.of(run.createdAt()));
    }
}
