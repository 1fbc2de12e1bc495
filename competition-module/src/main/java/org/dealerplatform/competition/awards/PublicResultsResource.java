package org.dealerplatform.competition.awards;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.qr.QrCodes;
import org.dealerplatform.core.security.IdentitySettings;
import org.dealerplatform.core.security.PublicAccess;

/**
 * The public face of a published season: results as JSON and as a page, printable certificates,
 * and the verification page a certificate's QR code opens. No sign-in, nothing before publication,
 * small pages without scripts (they load fast on a phone at the awards ceremony).
 */
@PublicAccess
public abstract class PublicResultsResource {

    @Inject
    PublishedResults results;

    @Inject
    Pages pages;

    @Inject
    IdentitySettings identity;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** {@code GET /api/v1/public/seasons/{code}/results}: the results as JSON. */
    @Path("api/v1/public/seasons/{code}/results")
    public static class Api extends PublicResultsResource {
        @GET
        @PublicAccess
        @Produces(MediaType.APPLICATION_JSON)
        public PublishedResults.Results get(@PathParam("code") String code, @QueryParam("lang") String lang) {
            return json(code, lang);
        }
    }

    /** {@code GET /results/{code}}: the public results page. */
    @Path("results/{code}")
    public static class ResultsPage extends PublicResultsResource {
        @GET
        @PublicAccess
        @Produces(MediaType.TEXT_HTML)
        public Response get(@PathParam("code") String code, @QueryParam("lang") String lang) {
            return page(code, lang);
        }
    }

    /** {@code GET /verify/{certificate}}: what a certificate's QR code opens. */
    @Path("verify/{certificate}")
    public static class VerifyPage extends PublicResultsResource {
        @GET
        @PublicAccess
        @Produces(MediaType.TEXT_HTML)
        public Response get(@PathParam("certificate") String code, @QueryParam("lang") String lang) {
            return verify(code, lang);
        }
    }

    /** {@code GET /certificates/{certificate}}: the printable A4 certificate. */
    @Path("certificates/{certificate}")
    public static class CertificatePage extends PublicResultsResource {
        @GET
        @PublicAccess
        @Produces(MediaType.TEXT_HTML)
        public Response get(@PathParam("certificate") String code, @QueryParam("lang") String lang) {
            return certificate(code, lang);
        }
    }

    PublishedResults.Results json(String code, String lang) {
        return results.of(code, locale(lang));
    }

    Response page(String code, String lang) {
        Locale locale = locale(lang);
        Map<String, Object> model = new HashMap<>();
        try {
            model.put("results", results.of(code, locale));
        } catch (NotFound e) {
            return html(404, pages.standalone("templates/competitions/public-missing.vm", locale, model));
        }
        model.put("langSwitch", "en".equals(locale.getLanguage()) ? "zh" : "en");
        return html(200, pages.standalone("templates/competitions/results.vm", locale, model));
    }

    Response verify(String certificate, String lang) {
        return withAward(certificate, lang, "verify.vm", model -> { });
    }

    Response certificate(String certificate, String lang) {
        String verifyUrl = identity.publicBaseUrl(uri.getBaseUri()) + "/verify/" + certificate;
        return withAward(certificate, lang, "certificate.vm", model -> {
            model.put("verifyUrl", verifyUrl);
            model.put("rawQr", QrCodes.svg(verifyUrl, "3.5cm"));
        });
    }

    /** A page about one published award, or the "no matching certificate" page (404) for any other code. */
    private Response withAward(String certificate, String lang, String template,
                               java.util.function.Consumer<Map<String, Object>> more) {
        Locale locale = locale(lang);
        Map<String, Object> model = new HashMap<>();
        model.put("code", certificate);
        var found = results.verify(certificate, locale);
        if (found.isEmpty()) {
            return html(404, pages.standalone("templates/competitions/verify-none.vm", locale, model));
        }
        model.put("found", found.get());
        more.accept(model);
        return html(200, pages.standalone("templates/competitions/" + template, locale, model));
    }

    private Locale locale(String lang) {
        return Languages.choose(lang, request.getHeader("Accept-Language"));
    }

    private static Response html(int status, String body) {
        return Response.status(status).type("text/html; charset=UTF-8").entity(body)
                .header("Cache-Control", status == 200 ? "public, max-age=60" : "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:;"
                        + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .build();
    }
}
