package org.dealerplatform.reporting.overview;

import java.util.List;
import java.util.Map;
import org.dealerplatform.reporting.monthly.Links;
import org.dealerplatform.reporting.monthly.RenderedReport;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.render.ReportTemplates;

/**
 * The group and national reports as mail: a short body with the headline figures and a link to
 * the live console page, the full report attached as the same PDF the console hands out. No charts
 * inline: the figures fit in a few lines, and the PDF has the rest. Stateless; the PDF takes most
 * of the time.
 *
 * @param heading  what the report is about, e.g. the group's name
 * @param figures  the headline figures, label and printed value
 * @param lines    the shops (group) or brands (national), one printed line each
 * @param reason   why the reader gets this mail (their role)
 */
public record OverviewMail(String lang, String subject, String title, String month, String heading,
                           List<Figure> figures, String remark, String linesHeading, List<String> lines,
                           String reason, String consoleUrl, String unsubscribeUrl) {

    static final String HTML = "templates/reports/overview-email.html.vm";
    static final String TEXT = "templates/reports/overview-email.txt.vm";
    /** The lines a mail lists at most; the PDF has every one. */
    static final int MOST_LINES = 12;

    /** One headline figure. */
    public record Figure(String label, String value) {
    }

    public static RenderedReport group(GroupReport r, ReportTexts t, Links links) {
        String subject = r.group().valid().equals("0")
                ? t.get("overview.mail.subject.group.none", r.groupName(), r.month())
                : t.get("overview.mail.subject.group", r.groupName(), r.month(), r.group().overall());
        List<String> shops = r.shops().stream().limit(MOST_LINES).map(s -> t.get("overview.mail.shopLine", s.rank(),
                s.name(), s.figures().overall(), s.change(), s.figures().valid())).toList();
        OverviewMail mail = new OverviewMail(t.htmlLanguage(), oneLine(subject), t.get("overview.group.title"),
                r.month(), r.groupName(), List.of(
                        new Figure(t.get("overview.group.overall"), r.group().overall()),
                        new Figure(t.get("overview.nation.overall"), r.nation().overall()),
                        new Figure(t.get("overview.samples"), r.group().valid()),
                        new Figure(t.get("overview.nps"), r.group().nps()),
                        new Figure(t.get("overview.group.rank"), r.groupRank())),
                r.versusNation(), t.get("overview.group.shops"), shops,
                t.get("overview.mail.reason.group", r.groupName()), links.console(), links.unsubscribe());
        return mail.render(t, OverviewPages.renderGroupPdf(r, t));
    }

    public static RenderedReport national(NationalReport r, ReportTexts t, Links links) {
        String subject = r.nation().valid().equals("0") ? t.get("overview.mail.subject.national.none", r.month())
                : t.get("overview.mail.subject.national", r.month(), r.nation().overall());
        List<String> brands = r.byBrand().stream().limit(MOST_LINES).map(b -> t.get("overview.mail.groupLine",
                b.name(), b.figures().overall(), b.figures().valid())).toList();
        OverviewMail mail = new OverviewMail(t.htmlLanguage(), oneLine(subject), t.get("overview.national.title"),
                r.month(), t.get("overview.national.heading", r.month()), List.of(
                        new Figure(t.get("overview.nation.overall"), r.nation().overall()),
                        new Figure(t.get("overview.samples"), r.nation().valid()),
                        new Figure(t.get("overview.nps"), r.nation().nps()),
                        new Figure(t.get("overview.national.shops"), Long.toString(r.shopsWithSamples()))),
                brands.isEmpty() ? t.get("overview.national.none") : "", t.get("overview.national.byBrand"), brands,
                t.get("overview.mail.reason.national"), links.console(), links.unsubscribe());
        return mail.render(t, OverviewPages.renderNationalPdf(r, t));
    }

    private RenderedReport render(ReportTexts t, byte[] pdf) {
        Map<String, Object> model = Map.of("v", this, "t", t);
        return new RenderedReport(subject, ReportTemplates.markup(HTML, model), ReportTemplates.plain(TEXT, model),
                List.of(), pdf);
    }

    /** A subject is a header: a group name with a line break must not start a new one. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
