package org.dealerplatform.alerts.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dealerplatform.core.console.EscapeByDefault;

/**
 * Writes the three alert mails from {@code i18n/alert_mail} (Chinese, the default) and
 * {@code alert_mail_en}: plain text and the same as simple HTML, every value from people (the shop
 * name) escaped. Times are Beijing time, as the association's calendar is.
 */
public final class AlertMailTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DigestSchedule.BEIJING);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final String baseUrl;

    public AlertMailTexts(Locale locale, String baseUrl) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle("i18n/alert_mail", "en".equals(locale.getLanguage())
                        ? Locale.ENGLISH : Locale.ROOT, AlertMailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Where the console shows one alert. */
    public String alertLink(String alertId) {
        return baseUrl + "/console/alerts/" + alertId;
    }

    public MailContent newAlert(AlertFacts alert) {
        String subject = text("new.subject", alert.shopName());
        Body body = new Body(locale);
        body.para(text("new.intro", alert.shopName(), time(alert.raisedAt())));
        body.list(text("reasons"), alert.reasons(locale));
        body.para(text("deadline", time(alert.firstContactDue())));
        body.link(text("open", "{link}"), alertLink(alert.alertId()));
        return body.done(subject, text("footer"));
    }

    public MailContent escalation(AlertFacts alert) {
        String subject = text("escalation.subject", alert.shopName());
        Body body = new Body(locale);
        body.para(text("escalation.intro", alert.shopName(), time(alert.raisedAt()), time(alert.firstContactDue())));
        body.list(text("reasons"), alert.reasons(locale));
        body.para(text("escalation.ask"));
        body.link(text("open", "{link}"), alertLink(alert.alertId()));
        return body.done(subject, text("footer"));
    }

    /**
     * Alerts a digest lists at most. A shop with a bad day still gets a mail a manager can read
     * on a phone; the oldest come first (their deadlines are nearest), the rest are counted and
     * wait in the inbox.
     */
    static final int LISTED_AT_MOST = 50;

    /** The shop's alerts since its last digest, oldest first; each line links to its alert. */
    public MailContent digest(String shopName, List<AlertFacts> alerts) {
        String count = Integer.toString(alerts.size());
        String subject = text("digest.subject", shopName, count);
        Body body = new Body(locale);
        body.para(text("digest.intro", shopName, count));
        List<AlertFacts> listed = alerts.subList(0, Math.min(alerts.size(), LISTED_AT_MOST));
        for (AlertFacts alert : listed) {
            String reasons = String.join(" / ", alert.reasons(locale));
            body.linkedItem(text("digest.item", time(alert.raisedAt()), reasons, time(alert.firstContactDue())),
                    alertLink(alert.alertId()));
        }
        body.endList();
        if (listed.size() < alerts.size()) {
            body.para(text("digest.more", Integer.toString(alerts.size() - listed.size())));
        }
        body.link(text("digest.inbox", "{link}"), baseUrl + "/console/alerts");
        return body.done(subject, text("footer"));
    }

    String time(Instant at) {
        return TIME.format(at) + " (" + bundle.getString("time.zone") + ")";
    }

    private String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Text and HTML written side by side, so both always say the same. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private boolean inList;

        void para(String line) {
            text.append(line).append("\n\n");
            html.append("<p>").append(esc(line)).append("</p>\n");
        }

        void list(String heading, List<String> items) {
            text.append(heading).append('\n');
            html.append("<p>").append(esc(heading)).append("</p>\n<ul>\n");
            for (String item : items) {
                text.append("- ").append(item).append('\n');
                html.append("<li>").append(esc(item)).append("</li>\n");
            }
            text.append('\n');
            html.append("</ul>\n");
        }

        void linkedItem(String line, String url) {
            if (!inList) {
                html.append("<ul>\n");
                inList = true;
            }
            text.append("- ").append(line).append("\n  ").append(url).append('\n');
            html.append("<li><a href=\"").append(esc(url)).append("\">").append(esc(line)).append("</a></li>\n");
        }

        void endList() {
            if (inList) {
                html.append("</ul>\n");
                inList = false;
            }
            text.append('\n');
        }

        /** {@code line} holds "{link}" where the URL goes. */
        void link(String line, String url) {
            text.append(line.replace("{link}", url)).append("\n\n");
            int at = line.indexOf("{link}");
            html.append("<p>").append(esc(line.substring(0, at))).append("<a href=\"").append(esc(url)).append("\">")
                    .append(esc(url)).append("</a>").append(esc(line.substring(at + "{link}".length()))).append("</p>\n");
        }

        private final String lang;

        Body(Locale locale) {
            this.lang = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        }

        MailContent done(String subject, String footer) {
            text.append("--\n").append(footer).append('\n');
            html.append("<hr><p style=\"color:#555;font-size:12px\">").append(esc(footer)).append("</p>\n");
            String page = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>" + esc(subject)
                    + "</title></head><body>\n" + html + "</body></html>\n";
            return new MailContent(subject, text.toString(), page);
        }

        private static String esc(String value) {
            return EscapeByDefault.escape(value);
        }
    }
}
