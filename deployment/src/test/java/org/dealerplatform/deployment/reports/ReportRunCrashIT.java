package org.dealerplatform.deployment.reports;

import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.MailMessage;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A monthly run with the platform killed ({@code kill -9}) twice: once while it renders the
 * reports and once while it sends them. After each restart the run carries on by itself and ends
 * with every recipient holding exactly one report (one Message-ID). The one window SMTP cannot
 * close (the server accepted a message, the node died before it recorded SENT) may repeat a mail
 * with the same Message-ID; the test bounds that by the rows that were being sent at the kill,
 * read from the database right after it. A Payara Micro of its own (no Arquillian deployment), on
 * the run's MariaDB, Keycloak and SMTP server.
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
class ReportRunCrashIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
    /** No other report test runs this month: a run is one per kind and month for the whole database. */
    private static final YearMonth MONTH = YearMonth.now(MonthlyReportsIT.BEIJING).minusMonths(11);
    private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    private static final int SHOPS = 12;
    private static final int RECIPIENTS_PER_SHOP = 3;
    private static final Duration WAIT = Duration.ofSeconds(150);

    private static Map<String, String> config() {
        Map<String, String> config = PlatformStack.platformConfig();
        config.put("REPORTS_WORKER_SECONDS", "1");
        config.put("REPORTS_RETRY_FIRST_SECONDS", "1");
        // a dead node's planning lease and claimed rows are taken over after this long
        config.put("REPORTS_LEASE_SECONDS", "8");
        return config;
    }

    @Test
    void killedWhileRenderingAndWhileSendingEachRecipientEndsWithOneReport() throws Exception {
        Map<String, String> config = config();
        List<String> addresses = new ArrayList<>();
        String runId;
        long repeatable;
        int[] firstTotal = new int[1];

        try (PayaraMicroServer first = start(config, 1)) {
            Http api = Http.anonymous(first.url());
            DemoTenants.ensure(api);
            Http assoc = api.as(Keycloak.token("assoc"));
            Http group = api.as(Keycloak.token("group-a"));
            DemoTenants.enableReports(assoc, "demo-group-a");
            for (int s = 1; s <= SHOPS; s++) {
                String shopId = DemoTenants.ensureShop(group, String.format("KC%02d", s), "崩溃测试门店" + s + "号");
                JsonArrayBuilder emails = Json.createArrayBuilder();
                for (int r = 1; r <= RECIPIENTS_PER_SHOP; r++) {
                    String address = "s" + s + "r" + r + "-" + SUFFIX + "@crash.example";
                    addresses.add(address);
                    emails.add(address);
                }
                Http.Answer set = group.put("/api/v1/shops/" + shopId + "/report-recipients",
                        Json.createObjectBuilder().add("emails", emails).build());
                assertEquals(200, set.status(), set.toString());
            }
            Http.Answer started = assoc.post("/api/v1/reports/runs", Json.createObjectBuilder()
                    .add("kind", "SHOP_MONTHLY").add("month", MONTH.toString()).build());
            assertEquals(202, started.status(), started.toString());
            runId = started.json().getString("id");
            String progressPath = "/api/v1/reports/runs/" + runId;
            JsonObject atKill = await(assoc, progressPath, p -> p.getInt("rendered") >= 2,
                    "the first reports rendered");
            first.kill();
            firstTotal[0] = atKill.getInt("total");
            System.out.println("killed while rendering at " + atKill);
            assertTrue(atKill.getInt("sent") == 0, "the kill came before any mail: " + atKill);
        }

        try (PayaraMicroServer second = start(config, 2)) {
            Http assoc = Http.anonymous(second.url()).as(Keycloak.token("assoc"));
            String progressPath = "/api/v1/reports/runs/" + runId;
            // the rows queued before the first kill are sent at once, while planning waits for the
            // dead node's lease: kill only once every recipient's row is queued and sending is under way
            int queuedWhenKilled = firstTotal[0];
            String mine = "%-" + SUFFIX + "@crash.example";
            String run = runId;
            JsonObject atKill = await(assoc, progressPath, p -> p.getInt("sent") >= queuedWhenKilled + 3
                    && Database.count("select count(*) from report_outbox where run_id = ? and recipient like ?",
                    run, mine) == SHOPS * RECIPIENTS_PER_SHOP, "planning finished and the next mails sent");
            second.kill();
            repeatable = Database.count("select count(*) from report_outbox where run_id = ? and state = 'SENDING'",
                    runId);
            System.out.printf("killed while sending at %s, %d rows being sent%n", atKill, repeatable);
            assertTrue(atKill.getInt("sent") < atKill.getInt("total"), "the kill came before the last mail: " + atKill);
        }

        try (PayaraMicroServer third = start(config, 3)) {
            Http assoc = Http.anonymous(third.url()).as(Keycloak.token("assoc"));
            JsonObject done = await(assoc, "/api/v1/reports/runs/" + runId, p -> "DONE".equals(p.getString("status")),
                    "the run done");
            assertEquals(0, done.getInt("failed"), done.toString());
        }

        long copies = 0;
        for (String address : addresses) {
            List<MailMessage> mails = PlatformStack.mail().messagesFor(address).stream()
                    .filter(m -> m.messageId().contains("." + MONTH + ".")).toList();
            assertTrue(!mails.isEmpty(), address + " got its report");
            assertEquals(1, mails.stream().map(MailMessage::messageId).distinct().count(),
                    address + ": one report, whatever the copies: " + mails);
            copies += mails.size();
        }
        long repeated = copies - addresses.size();
        System.out.printf("%d recipients, %d mails, %d repeated (at most %d possible)%n", addresses.size(), copies,
                repeated, repeatable);
        assertTrue(repeated <= repeatable, "only a row being sent at the kill can go out twice");
        assertEquals(addresses.size(), Database.count("select count(*) from report_outbox o where run_id = ?"
                + " and state = 'SENT' and recipient like ?", runId, "%-" + SUFFIX + "@crash.example"),
                "every recipient's row recorded as sent once");
    }

    private static PayaraMicroServer start(Map<String, String> config, int n) {
        return PayaraMicroServer.start(WAR, FreePorts.find(), config, WORK.resolve("payara-report-crash-" + n + ".log"),
                false);
    }

    /** Polls the run's progress every 100 ms until it matches (the kill must land inside a few seconds). */
    private static JsonObject await(Http assoc, String path, Predicate<JsonObject> condition, String what)
            throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            Http.Answer answer = assoc.get(path);
            if (answer.status() == 200 && condition.test(answer.json())) {
                return answer.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + assoc.get(path));
    }
}
