package org.dealerplatform.reporting.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.SeasonStandings;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * {@code GET /api/v1/exports/standings.csv?season=&level=SHOP|ADVISOR} (and {@code .xlsx}): a
 * season's standings as a file. A resource of its own under the exports path (the more specific
 * path wins over {@link ExportsResource}'s), so it comes and goes with its feature. The table is
 * at most one row per entry, read in the request; only the writing streams.
 */
@Path("api/v1/exports/standings.{format: csv|xlsx}")
@RequiresModule(ReportsModule.ID)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
public class StandingsExportResource {

    @Inject
    StandingsExports standings;

    @Inject
    ExportSlots slots;

    @GET
    public Response export(@PathParam("format") String format, @QueryParam("season") String season,
                           @QueryParam("level") String level, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        if (season == null || season.isBlank()) {
            throw ApiException.invalid("season", "is required: the season's id");
        }
        ContestLevel contest = level(level);
        ExportFormat type = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Locale locale = Languages.choose(null, language);
        SeasonStandings visible = standings.visible(season.strip(), contest, locale);
        ExportTable<StandingsExportRow> table = StandingsExport.table(contest);
        List<StandingsExportRow> rows = StandingsExport.rows(visible);
        ExportSlots.Slot slot = slots.take();
        StreamingOutput body = out -> {
            try (slot) {
                table.writeAll(type.open(out, table.name()), locale, rows.iterator());
            }
        };
        String code = visible.seasonCode() == null ? "season" : visible.seasonCode().replaceAll("[^A-Za-z0-9-]", "_");
        boolean shops = contest == ContestLevel.SHOP;
        String suffix = "_" + code + "." + type.extension();
        return Response.ok(body, type.mediaType())
                .header("Content-Disposition", Downloads.attachment("standings_" + (shops ? "shops" : "advisors")
                        + suffix, (shops ? "门店排名" : "服务顾问排名") + suffix))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static ContestLevel level(String level) {
        try {
            return ContestLevel.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("level", "must be SHOP or ADVISOR");
        }
    }
}
