package org.dealerplatform.deployment.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.MailMessage;
import org.junit.jupiter.api.Test;

/**
 * Alert mail on the real stack, read back from the real SMTP server (GreenMail): a low score sent
 * twice with its Idempotency-Key gives the shop's manager one mail (shop, time, reasons, deadline,
 * link; no phone number); a case past its first-contact deadline gives the group's admin one
 * escalation, a case contacted in time none; a shop that chose the daily digest gets one digest
 * listing its alert and no mail of its own. The scan and the mail worker run every second here.
 */
class AlertMailIT extends DemoGroupsWithAlerts {

    static final Duration MAIL_WAIT = Duration.ofSeconds(90);
    static final String A1_MANAGER = "shop-a1@demo.example.com";
    static final String GROUP_A_ADMIN = "group-a@demo.example.com";
    static final String DIGEST_MANAGER = "shop-ad";

    @Test
    void aLowScoreSentTwiceMailsTheShopManagerOnceWithReasonsDeadlineAndLinkButNoPhone() throws Exception {
        String token = surveyToken(shopA1Id);
        String key = UUID.randomUUID().toString();
        JsonObject low = Surveys.answers(2, 3).add("ticket", api.get("/api/v1/public/surveys/" + token).json()
                .getString("ticket")).build();
        Http.Answer first = Surveys.submit(api, token, key, low);
        assertEquals(201, first.status(), first.body());
        Http.Answer again = Surveys.submit(api, token, key, low);
        assertTrue(again.status() == 200 || again.status() == 201, again.toString());
        String sample = first.json().getString("id");
        String digits = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        assertEquals(204, api.post("/api/v1/public/surveys/" + token + "/responses/" + sample + "/contact",
                Json.createObjectBuilder().add("phone", digits).add("consentVersion", "callback-v1").build()).status());

        String alertId = AlertsIT.awaitAlertOf(groupA, sample).getString("id");
        List<MailMessage> mails = awaitMails(A1_MANAGER, "<alert.NEW_ALERT." + alertId + ".", 1);
        Thread.sleep(4_000); // more ticks of the scan and the mail worker on every node
        mails = mailsOf(A1_MANAGER, "<alert.NEW_ALERT." + alertId + ".");
        assertEquals(1, mails.size(), "one mail for one alert: " + mails);
        MailMessage mail = mails.get(0);
        assertTrue(mail.subject().contains("上海浦东丰田4S店"), mail.subject());
        String text = MailText.of(mail);
        assertTrue(text.contains("总分") && text.contains("低于 60"), "the stored reasons: " + text);
        assertTrue(text.contains("北京时间"), "times in Beijing time: " + text);
        assertTrue(text.contains("/console/alerts/" + alertId), "links to the alert: " + text);
        assertFalse(mail.mime().contains(digits.substring(3)) || text.contains(digits.substring(3)),
                "never the phone number");
        assertEquals(1, Database.count("select count(*) from alert_mail where alert_id = ? and kind = 'NEW_ALERT'"
                + " and recipient = ? and state = 'SENT'", alertId, A1_MANAGER));
    }

    @Test
    void aCasePastItsFirstContactDeadlineIsEscalatedToTheGroupAdminsOnceAndAContactedOneNot() throws Exception {
        String overdue = AlertsIT.awaitAlertOf(groupA, send(shopA1Id, 1, 2)).getString("id");
        String contacted = AlertsIT.awaitAlertOf(groupA, send(shopA1Id, 2, 1)).getString("id");
        assertEquals(200, shopA1.post("/api/v1/alerts/" + contacted + "/transitions",
                Json.createObjectBuilder().add("to", "CONTACTED").build()).status());
        // as if the day had passed: both deadlines two days back
        Database.update("update alert_case set first_contact_due = date_sub(first_contact_due, interval 2 day)"
                + " where id in (?, ?)", overdue, contacted);

        List<MailMessage> escalations = awaitMails(GROUP_A_ADMIN, "<alert.ESCALATION." + overdue + ".", 1);
        Thread.sleep(4_000);
        assertEquals(1, mailsOf(GROUP_A_ADMIN, "<alert.ESCALATION." + overdue + ".").size(), "escalated once");
        assertTrue(escalations.get(0).subject().contains("预警升级"), escalations.get(0).subject());
        assertTrue(MailText.of(escalations.get(0)).contains("/console/alerts/" + overdue));
        assertEquals(1, Database.count("select count(*) from alert_case where id = ? and escalated_at is not null",
                overdue));
        assertTrue(groupA.get("/api/v1/alerts/" + overdue).json().getJsonObject("alert").containsKey("escalatedAt"));

        assertEquals(0, mailsOf(GROUP_A_ADMIN, "<alert.ESCALATION." + contacted + ".").size(), "contacted in time");
        assertEquals(1, Database.count("select count(*) from alert_case where id = ? and escalated_at is null",
                contacted));
    }

    @Test
    void aShopThatChoseTheDigestGetsOneDigestListingItsAlertAndNoMailPerAlert() throws Exception {
        String shopId = DemoTenants.ensureShop(groupA, "AD", "上海徐汇丰田4S店");
        String tenant = Database.rows("select tenant_id from shop where id = ?", shopId).get(0).get("tenant_id")
                .toString();
        Keycloak.ensureUser(DIGEST_MANAGER, "shop-manager", tenant, "AD");
        String inbox = DIGEST_MANAGER + "@test.example.com";
        String preference = "/api/v1/alerts/mail-preference?shopId=" + shopId;
        Http manager = api.as(Keycloak.token(DIGEST_MANAGER));

        assertEquals(404, shopA1.get(preference).status(), "another shop's manager");
        assertEquals(404, api.as(Keycloak.token("group-b")).put(preference, digest(true)).status(), "another group");
        assertEquals(400, manager.get("/api/v1/alerts/mail-preference").status(), "which shop?");
        Http.Answer noChoice = manager.put(preference, Json.createObjectBuilder().build());
        assertEquals(400, noChoice.status(), noChoice.body());
        assertEquals(List.of("digest"), noChoice.fieldErrors());
        assertFalse(manager.get(preference).json().getBoolean("digest"), "one mail per alert unless chosen");
        Http.Answer chosen = manager.put(preference, digest(true));
        assertEquals(200, chosen.status(), chosen.body());
        assertTrue(groupA.get(preference).json().getBoolean("digest"), "the group admin sees the shop's choice");

        String alertId = AlertsIT.awaitAlertOf(groupA, send(shopId, 3, 2)).getString("id");
        awaitPlanned(alertId);
        assertEquals("DIGEST", Database.rows("select mail_mode from alert_case where id = ?", alertId).get(0)
                .get("mail_mode"));
        // raised before today's digest time (or yesterday's): the next digest lists it
        Database.update("update alert_case set raised_at = date_sub(raised_at, interval 2 day) where id = ?", alertId);

        List<MailMessage> digests = awaitMails(inbox, "<alert.DIGEST." + shopId + ".", 1);
        Thread.sleep(4_000);
        assertEquals(1, mailsOf(inbox, "<alert.DIGEST." + shopId + ".").size(), "one digest a day");
        assertTrue(digests.get(0).subject().contains("上海徐汇丰田4S店"), digests.get(0).subject());
        assertTrue(MailText.of(digests.get(0)).contains("/console/alerts/" + alertId), "lists the alert");
        assertEquals(0, mailsOf(inbox, "<alert.NEW_ALERT.").size(), "no mail per alert for a digest shop");
        assertEquals(0, Database.count("select count(*) from alert_mail where alert_id = ? and kind = 'NEW_ALERT'",
                alertId));
        assertEquals(1, Database.count("select count(*) from alert_case where id = ? and digest_day is not null",
                alertId));
        assertEquals(200, manager.put(preference, digest(false)).status());
    }

    static JsonObject digest(boolean digest) {
        return Json.createObjectBuilder().add("digest", digest).build();
    }

    /**
     * The outbox is a delivery record, not an archive: a mail finished (sent, or failed for good)
     * more than ALERTS_MAIL_KEEP_DAYS (90) ago is deleted by the mail worker; a recent one, and one
     * still waiting for a retry however old, stay.
     */
    @Test
    void mailFinishedLongAgoLeavesTheOutboxAndEverythingElseStays() throws Exception {
        String sentLongAgo = outboxRow("SENT", "date_sub(now(3), interval 100 day)", null);
        String failedLongAgo = outboxRow("FAILED", "date_sub(now(3), interval 91 day)", null);
        String sentRecently = outboxRow("SENT", "date_sub(now(3), interval 2 day)", null);
        String waitingSinceLongAgo = outboxRow("RETRY_WAIT", null, "date_add(now(3), interval 1 day)");
        try {
            long end = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < end && outboxHas(sentLongAgo) + outboxHas(failedLongAgo) > 0) {
                Thread.sleep(500);
            }
            assertEquals(0, outboxHas(sentLongAgo), "a mail sent 100 days ago is deleted");
            assertEquals(0, outboxHas(failedLongAgo), "a mail that failed for good 91 days ago is deleted");
            assertEquals(1, outboxHas(sentRecently), "a mail sent 2 days ago stays");
            assertEquals(1, outboxHas(waitingSinceLongAgo), "a mail still to be retried stays, however old");
        } finally {
            Database.update("delete from alert_mail where id in (?, ?)", sentRecently, waitingSinceLongAgo);
        }
    }

    private String outboxRow(String state, String finishedAt, String nextAttemptAt) {
        String id = UUID.randomUUID().toString();
        Database.update("insert into alert_mail (id, kind, subject_key, recipient, tenant_id, shop_id, locale, subject,"
                + " body_text, body_html, message_id, state, attempts, queued_at, next_attempt_at, sent_at, finished_at)"
                + " values (?, 'NEW_ALERT', ?, 'old-mail@demo.example.com', 'demo-group-a', ?, 'zh-CN', '旧邮件', 'text',"
                + " '<p>html</p>', ?, ?, 1, date_sub(now(3), interval 120 day), " + (nextAttemptAt == null ? "null" : nextAttemptAt)
                + ", " + ("SENT".equals(state) ? finishedAt : "null") + ", " + (finishedAt == null ? "null" : finishedAt) + ")",
                id, "retention-" + id, shopA1Id, "<retention." + id + "@demo.example.com>", state);
        return id;
    }

    private static long outboxHas(String id) {
        return Database.count("select count(*) from alert_mail where id = ?", id);
    }

    static void awaitPlanned(String alertId) throws InterruptedException {
        long until = System.currentTimeMillis() + MAIL_WAIT.toMillis();
        while (Database.count("select count(*) from alert_case where id = ? and mail_planned_at is not null",
                alertId) == 0) {
            assertTrue(System.currentTimeMillis() < until, "alert " + alertId + " never planned");
            Thread.sleep(250);
        }
    }

    /** The address's alert mails whose Message-ID starts so. */
    static List<MailMessage> mailsOf(String address, String messageIdPrefix) {
        return PlatformStack.mail().messagesFor(address).stream()
                .filter(m -> m.messageId() != null && m.messageId().startsWith(messageIdPrefix)).toList();
    }

    static List<MailMessage> awaitMails(String address, String messageIdPrefix, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + MAIL_WAIT.toMillis();
        while (true) {
            List<MailMessage> mails = mailsOf(address, messageIdPrefix);
            if (mails.size() >= count) {
                return mails;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no mail " + messageIdPrefix + " for " + address + " within " + MAIL_WAIT);
            }
            Thread.sleep(250);
        }
    }

    String surveyToken(String shopId) {
        return Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopId));
    }

    /** A timed submission (VALID), returning the sample id. */
    String send(String shopId, int rating, int recommend) {
        Http.Answer sent = Surveys.submitTimed(api, surveyToken(shopId), Surveys.answers(rating, recommend));
        assertEquals(201, sent.status(), sent.body());
        return sent.json().getString("id");
    }
}
