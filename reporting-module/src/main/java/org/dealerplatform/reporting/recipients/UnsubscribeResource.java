package org.dealerplatform.reporting.recipients;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.i18n.Messages;
import org.dealerplatform.core.mail.UnsubscribeTokens;
import org.dealerplatform.core.security.PublicAccess;
import org.dealerplatform.reporting.outbox.ReportSubjects;

/**
 * One-click unsubscribe (RFC 8058). Mail providers POST the link without a login or an Origin
 * header, so the signed token is the only credential: it names one address and one report scope (a
 * shop, a group's group report, the national report), and
 * proves the platform issued it. A GET (a person clicking the link) only shows a page with a
 * button; link scanners that fetch every URL in a mail therefore unsubscribe nobody. The path is
 * not logged by us: it carries the address.
 */
@Path("r/unsubscribe/{token}")
@PublicAccess
public class UnsubscribeResource {

    @Inject
    UnsubscribeLinks links;

    @Inject
    Recipients recipients;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token) {
        Optional<UnsubscribeTokens.Unsubscription> valid = links.verify(token);
        if (valid.isEmpty()) {
            return page(Response.Status.NOT_FOUND, "unsubscribe.invalid", null, false);
        }
        return page(Response.Status.OK, worded("unsubscribe.confirm", valid.get().scope()),
                valid.get().address().value(), true);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@PathParam("token") String token) {
        Optional<UnsubscribeTokens.Unsubscription> valid = links.verify(token);
        if (valid.isEmpty()) {
            return page(Response.Status.NOT_FOUND, "unsubscribe.invalid", null, false);
        }
        recipients.unsubscribe(valid.get().address(), valid.get().scope(), Instant.now());
        return page(Response.Status.OK, worded("unsubscribe.done", valid.get().scope()),
                valid.get().address().value(), false);
    }

    /** The page names what the reader stops getting: a shop's report, their group's, or the national one. */
    static String worded(String key, String scope) {
        return switch (ReportSubjects.kindOfScope(scope)) {
            case SHOP_MONTHLY -> key;
            case GROUP_MONTHLY -> key + ".group";
            case NATIONAL_MONTHLY -> key + ".national";
        };
    }

    /** Both languages on one small page: the link works without knowing the reader's language. */
    private static Response page(Response.Status status, String key, String address, boolean button) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(text(Languages.CHINESE, "unsubscribe.title"))).append("</title></head>"
                        + "<body style=\"font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em;\">");
        for (Locale locale : new Locale[] {Languages.CHINESE, Languages.ENGLISH}) {
            html.append("<p lang=\"").append(locale == Languages.ENGLISH ? "en" : "zh-CN").append("\">")
                    .append(escape(text(locale, key, address == null ? "" : address))).append("</p>");
        }
        if (button) {
            html.append("<form method=\"post\"><button type=\"submit\" style=\"font-size:1.1em;padding:.5em 1.2em;\">")
                    .append(escape(text(Languages.CHINESE, "unsubscribe.button"))).append(" / ")
                    .append(escape(text(Languages.ENGLISH, "unsubscribe.button"))).append("</button></form>");
        }
        html.append("</body></html>");
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html.toString())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String text(Locale locale, String key, Object... args) {
        return new Messages(locale, java.util.List.of("reports"), UnsubscribeResource.class.getClassLoader())
                .get(key, args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
