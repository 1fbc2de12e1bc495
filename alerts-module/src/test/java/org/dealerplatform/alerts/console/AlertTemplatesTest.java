package org.dealerplatform.alerts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.dealerplatform.core.console.TemplateEngines;
import org.dealerplatform.core.console.UrlText;
import org.dealerplatform.core.i18n.Messages;
import org.dealerplatform.core.phone.PhoneNumber;
import org.junit.jupiter.api.Test;

/**
 * The alert pages' templates rendered as the console renders them (escaping, sandbox, the
 * module's texts after core's) in both languages: every text they print exists, the number is a
 * {@code tel:} link only where it was opened, and each status offers exactly its next steps.
 */
class AlertTemplatesTest {

    static final VelocityEngine ENGINE = TemplateEngines.engine(true, false);
    static final Pattern UNKNOWN_KEY = Pattern.compile("\\b(alerts|case)\\.[a-zA-Z.]+\\b");
    static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    static AlertCard card(String status, boolean overdue, boolean contact) {
        return new AlertCard("a-1", "上海浦东丰田4S店", "A1", status, status, "2026-12-03 10:00",
                List.of("总分 40，低于 60 分", "推荐意愿 2 分（0–10），不高于 6 分"),
                "OPEN".equals(status) ? "alerts.due.firstContact" : "CONTACTED".equals(status) ? "alerts.due.closure" : null,
                "2026-12-04 10:00", overdue, overdue ? 5 : 0, contact,
                status.endsWith("RESOLVED") || "WITHDRAWN".equals(status));
    }

    static String render(String template, Locale locale, Map<String, Object> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("t", new Messages(locale, List.of("core", "alerts"), AlertTemplatesTest.class.getClassLoader()));
        values.put("csrf", "token-1");
        values.put("esc", new UrlText());
        StringWriter out = new StringWriter();
        ENGINE.getTemplate(template, "UTF-8").merge(new VelocityContext(values), out);
        String html = out.toString();
        Matcher unknown = UNKNOWN_KEY.matcher(html);
        assertFalse(unknown.find(), () -> "a text key printed as itself: " + unknown.group() + " in " + html);
        return html;
    }

    static Map<String, Object> alertModel(String status, PhoneNumber phone, AlertPages.Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("card", card(status, true, phone != null));
        model.put("phone", phone);
        model.put("consentedAt", "2026-12-03 10:01");
        model.put("consentVersion", "callback-v1");
        model.put("erasedAt", status.endsWith("RESOLVED") ? "2026-12-04 09:00" : null);
        model.put("submittedAt", "2026-12-03 09:58");
        model.put("steps", List.of(new AlertPages.Step("2026-12-03 11:00", "待联系", "已联系", "shop-a1", "已回电 <b>", null)));
        model.put("reasons", List.of(new AlertPages.Option("UNREACHABLE", "多次联系不上客户")));
        model.put("reopensTo", "已联系");
        model.put("refusal", refusal);
        model.put("noteMax", 1000);
        model.put("notes", List.of());
        model.put("owner", null);
        model.put("me", "shop-a1");
        model.put("mayTake", !status.endsWith("RESOLVED") && !"WITHDRAWN".equals(status));
        model.put("ownerChoices", List.of());
        model.put("directoryDown", false);
        model.put("noted", false);
        model.put("assigned", false);
        return model;
    }

    @Test
    void anOpenAlertWithAConsentedNumberIsOneTapToCallAndOffersContactedOrNotResolved() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String html = render(AlertPages.ALERT, locale, alertModel("OPEN", PhoneNumber.parse("138 1234 5678"), null));
            assertTrue(html.contains("href=\"tel:+8613812345678\""), html);
            assertTrue(html.contains("id=\"form-contacted\"") && html.contains("id=\"form-not-resolved\""));
            assertFalse(html.contains("id=\"form-resolved\"") || html.contains("id=\"form-reopen\""));
            assertTrue(html.contains("name=\"_csrf\" value=\"token-1\""));
            assertTrue(html.contains("已回电 &lt;b&gt;"), "notes are escaped");
            assertTrue(html.contains("class=\"badge late\""), "overdue in words, not only in colour");
        }
    }

    @Test
    void aClosedAlertHasNoNumberAndOnlyTheReopenForm() {
        String html = render(AlertPages.ALERT, Locale.SIMPLIFIED_CHINESE, alertModel("RESOLVED", null, null));
        assertFalse(html.contains("tel:"));
        assertTrue(html.contains("id=\"no-phone\"") && html.contains("2026-12-04 09:00"));
        assertTrue(html.contains("id=\"form-reopen\""));
        assertFalse(html.contains("id=\"form-contacted\"") || html.contains("id=\"form-not-resolved\""));
    }

    @Test
    void aRefusedStepSaysWhyInTheReadersLanguageAndKeepsTheNote() {
        var refusal = new AlertPages.Refusal("RESOLVED", "to", "case.refused.resolveUncontacted", "客户已满意", null);
        String zh = render(AlertPages.ALERT, Locale.SIMPLIFIED_CHINESE, alertModel("CONTACTED", null, refusal));
        assertTrue(zh.contains("联系客户之后才能标记为已解决"), zh);
        assertTrue(zh.contains(">客户已满意</textarea>"), zh);
        var noReason = new AlertPages.Refusal("NOT_RESOLVED", "reason", "alerts.error.reason", "x", "");
        String en = render(AlertPages.ALERT, Locale.ENGLISH, alertModel("CONTACTED", null, noReason));
        assertTrue(en.contains("Please choose why it was not resolved."), en);
        assertTrue(en.contains("name=\"reason\" required aria-invalid=\"true\""), en);
    }

    @Test
    void theInboxAndTheOverdueListNameTheDeadlineAndNeverANumber() {
        Map<String, Object> model = new HashMap<>();
        model.put("cards", List.of(card("OPEN", true, true), card("CONTACTED", false, false)));
        model.put("status", "");
        model.put("shop", "");
        model.put("statuses", List.of(new AlertPages.Option("OPEN", "待联系")));
        model.put("shops", List.of());
        model.put("most", 200);
        String inbox = render(AlertPages.INBOX, Locale.SIMPLIFIED_CHINESE, model);
        assertTrue(inbox.contains("首次联系期限 2026-12-04 10:00") && inbox.contains("已超时 5 小时"), inbox);
        assertTrue(inbox.contains("结案期限 2026-12-04 10:00"), inbox);
        assertTrue(inbox.contains("class=\"alert-card overdue\""), inbox);
        assertFalse(inbox.contains("tel:"));

        Map<String, Object> late = new HashMap<>();
        late.put("late", List.of(new OverduePages.ShopLate("s-1", "上海浦东丰田4S店", "A1",
                List.of(card("OPEN", true, false)), 1, 0)));
        late.put("total", 1);
        late.put("most", 500);
        String overdue = render("templates/alerts/overdue.vm", Locale.ENGLISH, late);
        assertTrue(overdue.contains("1 overdue call-backs in 1 shops"), overdue);
        assertTrue(overdue.contains("First contact due 2026-12-04 10:00"), overdue);
    }

    @Test
    void aCardCountsTheHoursPastTheDeadlineThatMattersNow() {
        var open = new org.dealerplatform.alerts.cases.StoredAlert("a-1", "demo-group-a", "s-1", "x-1",
                NOW.minus(Duration.ofHours(30)), "LOW_OVERALL", "总分 40", "Overall 40",
                org.dealerplatform.alerts.cases.CaseStatus.OPEN, null, NOW.minus(Duration.ofHours(30)), null, null,
                NOW.minus(Duration.ofHours(6)), NOW.plus(Duration.ofDays(5)), null, 0, null, null, null, null);
        AlertCard card = AlertCard.of(open, null, Locale.SIMPLIFIED_CHINESE, NOW);
        assertTrue(card.overdue());
        assertEquals(6, card.overdueHours());
        assertEquals("alerts.due.firstContact", card.dueKey());
        assertEquals("2026-12-04 10:00", card.due(), "Beijing time");
    }

    @Test
    void notesAreListedEscapedWithTimeAndAuthorUnderAFormToAddOne() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Map<String, Object> model = alertModel("CONTACTED", null, null);
            model.put("notes", List.of(new AlertView.Note("2026-12-03 12:00", "group-a", "客户说 <script>alert(1)</script> & 好")));
            model.put("noted", true);
            String html = render(AlertPages.ALERT, locale, model);
            assertTrue(html.contains("客户说 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 好"), html);
            assertFalse(html.contains("<script>alert(1)"), "a note never runs as markup");
            assertTrue(html.contains("2026-12-03 12:00</span> · group-a"), html);
            assertTrue(html.contains("action=\"/console/alerts/a-1/notes\" id=\"form-note\""), html);
            assertTrue(html.contains("id=\"note-text\" name=\"text\" rows=\"3\" maxlength=\"1000\" required>"), html);
            assertTrue(html.contains("id=\"noted\""), html);
            assertTrue(html.contains(locale == Locale.ENGLISH ? "Note added." : "备注已添加。"), html);
        }
        String none = render(AlertPages.ALERT, Locale.ENGLISH, alertModel("OPEN", null, null));
        assertTrue(none.contains("No notes yet."), none);
    }

    @Test
    void aRefusedNoteSaysWhyInTheReadersLanguageAndKeepsTheTextAsTyped() {
        String typed = "客户<b>不满意</b>".repeat(2);
        var tooLong = new AlertPages.Refusal(AlertPages.NOTE, "text", "alerts.error.noteLong", typed, null);
        String zh = render(AlertPages.ALERT, Locale.SIMPLIFIED_CHINESE, alertModel("OPEN", null, tooLong));
        assertTrue(zh.contains("备注太长，最多 1,000 字。"), zh);
        assertTrue(zh.contains("aria-invalid=\"true\" aria-describedby=\"alert-error\">客户&lt;b&gt;不满意&lt;/b&gt;客户"), zh);
        assertTrue(zh.contains("data-form=\"NOTE\""), zh);
        assertTrue(zh.contains("<textarea id=\"note-contacted\" name=\"note\" rows=\"2\" maxlength=\"1000\"></textarea>"),
                "the step forms keep nothing of the note");
        var blank = new AlertPages.Refusal(AlertPages.NOTE, "text", "alerts.error.noteText", " ", null);
        String en = render(AlertPages.ALERT, Locale.ENGLISH, alertModel("OPEN", null, blank));
        assertTrue(en.contains("Please write the note (at most 1,000 characters)."), en);
    }

    @Test
    void theOwnerIsShownWithTakeThisCaseAndForAGroupAdminTheChoiceOfWhoMayOwnIt() {
        Map<String, Object> model = alertModel("OPEN", null, null);
        model.put("owner", "shop-a1");
        model.put("me", "group-a");
        model.put("ownerChoices", List.of(new org.dealerplatform.alerts.cases.CaseOwners.Candidate("shop-a1", false),
                new org.dealerplatform.alerts.cases.CaseOwners.Candidate("group-a", true)));
        String zh = render(AlertPages.ALERT, Locale.SIMPLIFIED_CHINESE, model);
        assertTrue(zh.contains("由 shop-a1 负责"), zh);
        assertTrue(zh.contains("name=\"owner\" value=\"group-a\"") && zh.contains("id=\"take\""), zh);
        assertTrue(zh.contains("<option value=\"shop-a1\" selected>shop-a1 · 店长</option>"), zh);
        assertTrue(zh.contains("<option value=\"group-a\">group-a · 集团管理员</option>"), zh);
        String en = render(AlertPages.ALERT, Locale.ENGLISH, model);
        assertTrue(en.contains("Worked by shop-a1") && en.contains("Take this case") && en.contains("group-a · group admin"), en);

        Map<String, Object> down = alertModel("OPEN", null, null);
        down.put("directoryDown", true);
        String unreachable = render(AlertPages.ALERT, Locale.ENGLISH, down);
        assertTrue(unreachable.contains("id=\"directory-down\"") && unreachable.contains("take the case yourself"),
                unreachable);
        assertTrue(unreachable.contains("id=\"take\""), "taking it needs no directory");
        assertFalse(unreachable.contains("id=\"form-owner\""));
        String mine = render(AlertPages.ALERT, Locale.SIMPLIFIED_CHINESE, alertModel("OPEN", null, null));
        assertTrue(mine.contains("还没有负责人"), mine);
    }

    @Test
    void aWithdrawnAlertSaysWhyAndOffersNoStepNorOwner() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Map<String, Object> model = alertModel("WITHDRAWN", null, null);
            model.put("card", new AlertCard("a-1", "上海浦东丰田4S店", "A1", "WITHDRAWN",
                    locale == Locale.ENGLISH ? "Withdrawn" : "已撤回", "2026-12-03 10:00", List.of("总分 40"), null, null,
                    false, 0, false, true));
            model.put("erasedAt", "2026-12-03 12:00");
            String html = render(AlertPages.ALERT, locale, model);
            assertTrue(html.contains("id=\"withdrawn-explained\""), html);
            assertTrue(html.contains(locale == Locale.ENGLISH ? "no longer counts" : "不再计入统计"), html);
            assertTrue(html.contains(locale == Locale.ENGLISH ? "when the alert was withdrawn" : "预警撤回时"), html);
            for (String form : List.of("form-contacted", "form-resolved", "form-not-resolved", "form-reopen",
                    "form-take", "form-owner", "next-step")) {
                assertFalse(html.contains("id=\"" + form + "\""), form + " on a withdrawn alert");
            }
        }
    }

    @Test
    void theInboxFilterNamesWithdrawnAlertsAndExplainsThem() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Map<String, Object> model = new HashMap<>();
            model.put("cards", List.of(new AlertCard("a-2", "上海浦东丰田4S店", "A1", "WITHDRAWN", "已撤回",
                    "2026-12-03 10:00", List.of("总分 40"), null, null, false, 0, false, true)));
            model.put("status", "WITHDRAWN");
            model.put("shop", "");
            model.put("statuses", List.of(new AlertPages.Option("OPEN", "待联系"),
                    new AlertPages.Option("WITHDRAWN", locale == Locale.ENGLISH ? "Withdrawn" : "已撤回")));
            model.put("shops", List.of());
            model.put("most", 200);
            String inbox = render(AlertPages.INBOX, locale, model);
            assertTrue(inbox.contains(locale == Locale.ENGLISH
                    ? "<option value=\"WITHDRAWN\" selected>Withdrawn (sample no longer counts, no call-back)</option>"
                    : "<option value=\"WITHDRAWN\" selected>已撤回（样本不再计入，无需回访）</option>"), inbox);
            assertTrue(inbox.contains("id=\"withdrawn-explained\""), inbox);
            assertTrue(inbox.contains(locale == Locale.ENGLISH ? "no call-back needed" : "无需回访</span>"), inbox);
        }
    }
}
