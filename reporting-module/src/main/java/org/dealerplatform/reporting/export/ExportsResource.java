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
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * Samples and monthly shop scores as CSV or XLSX downloads: a group admin their own group's, the
 * association every group's (or one, {@code ?tenant=}). Everything that can be refused (months,
 * role, tenant) is refused before the first byte; then the file streams.
 * <p>
 * No {@code @Produces}: the media type is the file's, and a client asking for JSON (an error
 * body) must still reach the method rather than get 406.
 */
@Path("api/v1/exports")
@RequiresModule(ReportsModule.ID)
@AllowedRoles({Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN})
public class ExportsResource {

    @Inject
    ExportScope scope;

    @Inject
    SampleExports samples;

    @Inject
    ScoreExports scores;

    @GET
    @Path("samples.{format: csv|xlsx}")
    public Response samples(@PathParam("format") String format, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("tenant") String tenant,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportPeriod period = ExportPeriod.parse(from, to);
        ExportFormat type = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        List<ShopProfile> shops = scope.shops("samples", period, tenant);
        Locale locale = Languages.choose(null, language);
        return download(samples.of(shops, period, type, locale), type, ExportKind.SAMPLES, period);
    }

    @GET
    @Path("scores.{format: csv|xlsx}")
    public Response scores(@PathParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("tenant") String tenant,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportPeriod period = ExportPeriod.parse(from, to);
        ExportFormat type = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        List<ShopProfile> shops = scope.shops("scores", period, tenant);
        Locale locale = Languages.choose(null, language);
        return download(scores.of(shops, period, type, locale), type, ExportKind.SCORES, period);
    }

    private static Response download(StreamingOutput body, ExportFormat format, ExportKind kind, ExportPeriod period) {
        return file(body, format, kind, period);
    }

    /** A finished export as a download; the background jobs' files are answered the same way. */
    public static Response file(Object body, ExportFormat format, ExportKind kind, ExportPeriod period) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", kind.disposition(period, format))
                // customers' comments: not for shared caches or the browser's disk cache
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
