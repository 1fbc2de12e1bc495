package org.dealerplatform.deployment.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.MailMessage;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alert mail with the platform killed ({@code kill -9}) twice before the mail went out: once after
 * the alerts were raised but before their mail was planned (the mail worker does not tick on that
 * node), once after the mails were queued while the SMTP server was down (every attempt failed).
 * After the last restart the shop's manager holds exactly one mail per alert, and the outbox one
 * SENT row each. A Payara Micro of its own (no Arquillian deployment), on the run's MariaDB,
 * Keycloak and SMTP server.
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
class AlertMailCrashIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
    private static final int ALERTS = 3;

    private static Map<String, String> config(String mailSeconds) {
        Map<String, String> config = PlatformStack.platformConfig();
        config.put("ALERTS_SCAN_SECONDS", "1");
        config.put("ALERTS_MAIL_SECONDS", mailSeconds);
        config.put("ALERTS_MAIL_RETRY_SECONDS", "1");
        // a dead node's claimed rows are taken over after this long
        config.put("ALERTS_MAIL_LEASE_SECONDS", "5");
        return config;
    }

    @Test
    void killedBeforePlanningAndAgainBeforeSendingTheManagerGetsExactlyOneMailPerAlert() throws Exception {
        List<String> alertIds = new ArrayList<>();
        // 1: the alerts are raised, their mail is never planned on this node (no mail tick within the hour)
        try (PayaraMicroServer first = start(config("3600"), 1)) {
            Http api = Http.anonymous(first.url());
            DemoTenants.ensure(api);
            DemoTenants.enableAlerts(api.as(Keycloak.token("assoc")), "demo-group-a");
            Http group = api.as(Keycloak.token("group-a"));
            String shopId = DemoTenants.ensureShop(group, "A1", "上海浦东丰田4S店");
            String token = Surveys.token(Surveys.scanShopCode(first.url(), Keycloak.token("group-a"), shopId));
            for (int i = 0; i < ALERTS; i++) {
                Http.Answer sent = Surveys.submitTimed(api, token, Surveys.answers(2, i));
                assertEquals(201, sent.status(), sent.body());
                alertIds.add(AlertsIT.awaitAlertOf(group, sent.json().getString("id")).getString("id"));
            }
            first.kill();
        }
        for (String id : alertIds) {
            assertEquals(1, Database.count("select count(*) from alert_case where id = ? and mail_planned_at is null",
                    id), "killed before its mail was planned");
        }

        // 2: the mails are queued, but the SMTP server is down: every attempt fails, then the kill
        PlatformStack.mail().stopSmtp();
        try {
            try (PayaraMicroServer second = start(config("1"), 2)) {
                long until = System.currentTimeMillis() + 90_000;
                while (attempted(alertIds) < ALERTS) {
                    assertTrue(System.currentTimeMillis() < until, "the mails were never queued and tried");
                    Thread.sleep(200);
                }
                second.kill();
            }
            assertEquals(0, Database.count("select count(*) from alert_mail where alert_id in (?, ?, ?)"
                    + " and state = 'SENT'", alertIds.toArray()), "nothing went out with the server down");
        } finally {
            PlatformStack.mail().startSmtp();
        }

        // 3: restarted with the server back: each mail goes out, once
        try (PayaraMicroServer third = start(config("1"), 3)) {
            for (String id : alertIds) {
                AlertMailIT.awaitMails(AlertMailIT.A1_MANAGER, "<alert.NEW_ALERT." + id + ".", 1);
            }
            Thread.sleep(6_000); // past the lease of any claim the killed node held, and more ticks
        }
        for (String id : alertIds) {
            List<MailMessage> mails = AlertMailIT.mailsOf(AlertMailIT.A1_MANAGER, "<alert.NEW_ALERT." + id + ".");
            assertEquals(1, mails.size(), "exactly one mail for alert " + id + ": " + mails);
            assertEquals(1, Database.count("select count(*) from alert_mail where alert_id = ? and kind = 'NEW_ALERT'"
                    + " and recipient = ? and state = 'SENT'", id, AlertMailIT.A1_MANAGER));
        }
    }

    /** How many of the alerts have their manager's mail queued and tried at least once. */
    private static long attempted(List<String> alertIds) {
        return Database.count("select count(*) from alert_mail where alert_id in (?, ?, ?) and kind = 'NEW_ALERT'"
                + " and recipient = ? and attempts >= 1", alertIds.get(0), alertIds.get(1), alertIds.get(2),
                AlertMailIT.A1_MANAGER);
    }

    private static PayaraMicroServer start(Map<String, String> config, int n) {
        return PayaraMicroServer.start(WAR, FreePorts.find(), config, WORK.resolve("payara-alert-mail-crash-" + n + ".log"),
                false);
    }
}
