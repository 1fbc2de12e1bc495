package org.dealerplatform.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AlertMailTextsTest {

    static final AlertFacts ALERT = new AlertFacts("4f1c2a9e-0000-4000-8000-000000000001", "demo-group-a",
            "shop-1", "浦东<丰田>店", Instant.parse("2026-03-05T02:15:00Z"), Instant.parse("2026-03-06T02:15:00Z"),
            "总分 40，低于 60 分\n推荐意愿 2（0–10），不高于 6", "Overall score 40, below 60\nLikelihood to recommend 2 (0-10), at most 6");

    static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(ResourceBundle.getBundle("i18n/alert_mail",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, AlertMailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getKeys()));
    }

    @Test
    void chinese_and_english_have_the_same_texts() {
        assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
    }

    @Test
    void the_new_alert_mail_names_the_shop_the_time_the_reasons_the_deadline_and_the_link() {
        MailContent zh = new AlertMailTexts(Locale.SIMPLIFIED_CHINESE, "https://dqp.example.cn/").newAlert(ALERT);
        assertTrue(zh.subject().contains("浦东<丰田>店"), zh.subject());
        assertTrue(zh.text().contains("2026-03-05 10:15 (北京时间)"), zh.text());
        assertTrue(zh.text().contains("2026-03-06 10:15 (北京时间)"), zh.text());
        assertTrue(zh.text().contains("- 总分 40，低于 60 分\n- 推荐意愿 2"), zh.text());
        assertTrue(zh.text().contains("https://dqp.example.cn/console/alerts/" + ALERT.alertId()), zh.text());
        assertTrue(zh.html().contains("浦东&lt;丰田&gt;店") && !zh.html().contains("<丰田>"), "the shop name is escaped");
        assertTrue(zh.html().contains("<a href=\"https://dqp.example.cn/console/alerts/" + ALERT.alertId() + "\">"));

        MailContent en = new AlertMailTexts(Locale.ENGLISH, "https://dqp.example.cn").newAlert(ALERT);
        assertTrue(en.text().contains("Overall score 40, below 60"), en.text());
        assertTrue(en.text().contains("(Beijing time)"), en.text());
        assertTrue(en.html().startsWith("<!DOCTYPE html><html lang=\"en\">"), en.html());
    }

    @Test
    void the_digest_lists_each_alert_with_its_link_and_the_escalation_names_the_missed_deadline() {
        AlertFacts second = new AlertFacts("4f1c2a9e-0000-4000-8000-000000000002", "demo-group-a", "shop-1",
                "浦东<丰田>店", Instant.parse("2026-03-05T05:00:00Z"), Instant.parse("2026-03-06T05:00:00Z"),
                "客户将评论标为投诉", "The customer marked the comment as a complaint");
        MailContent digest = new AlertMailTexts(Locale.ENGLISH, "http://localhost:8080").digest("Pudong", List.of(ALERT, second));
        assertTrue(digest.subject().contains("Pudong: 2 new alerts"), digest.subject());
        assertTrue(digest.text().contains("/console/alerts/" + ALERT.alertId()) && digest.text()
                .contains("/console/alerts/" + second.alertId()), digest.text());
        assertTrue(digest.text().contains("The customer marked the comment as a complaint"), digest.text());

        MailContent escalation = new AlertMailTexts(Locale.SIMPLIFIED_CHINESE, "http://localhost:8080").escalation(ALERT);
        assertTrue(escalation.subject().startsWith("【预警升级】"), escalation.subject());
        assertTrue(escalation.text().contains("2026-03-06 10:15"), escalation.text());
        assertFalse(escalation.text().contains("{"), "every placeholder filled");
    }

    @Test
    void a_digest_of_a_bad_day_lists_the_oldest_fifty_and_counts_the_rest() {
        List<AlertFacts> day = new java.util.ArrayList<>();
        for (int i = 0; i < 73; i++) {
            day.add(new AlertFacts(String.format("4f1c2a9e-0000-4000-8000-%012d", i), "demo-group-a", "shop-1", "浦东店",
                    ALERT.raisedAt().plusSeconds(60L * i), ALERT.firstContactDue().plusSeconds(60L * i),
                    "总分 40，低于 60 分", "Overall score 40, below 60"));
        }
        MailContent zh = new AlertMailTexts(Locale.SIMPLIFIED_CHINESE, "http://localhost:8080").digest("浦东店", day);
        assertTrue(zh.subject().contains("73"), "the subject counts them all: " + zh.subject());
        assertTrue(zh.text().contains("/console/alerts/" + day.get(49).alertId()), "the fiftieth is listed");
        assertFalse(zh.text().contains("/console/alerts/" + day.get(50).alertId()), "the fifty-first is not");
        assertTrue(zh.text().contains("另有 23 条预警未在此列出"), zh.text());
        assertEquals(50, zh.html().split("<li>", -1).length - 1, "fifty items in the HTML too");

        MailContent en = new AlertMailTexts(Locale.ENGLISH, "http://localhost:8080").digest("Pudong", day);
        assertTrue(en.text().contains("23 more alerts are not listed here"), en.text());
        MailContent small = new AlertMailTexts(Locale.ENGLISH, "http://localhost:8080").digest("Pudong", day.subList(0, 2));
        assertFalse(small.text().contains("more alerts are not listed"), "nothing said when all are listed");
    }
}
