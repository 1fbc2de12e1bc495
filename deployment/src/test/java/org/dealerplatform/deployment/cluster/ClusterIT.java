package org.dealerplatform.deployment.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.GridMember;
import org.dealerplatform.devstack.LoadBalancer;
import org.dealerplatform.devstack.MailMessage;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two platform nodes joined as one data grid behind HAProxy, as {@code PLATFORM_NODES=2 ./run.sh}
 * starts them, on the run's MariaDB, Keycloak and SMTP server: what one node changes or counts,
 * the other sees at once; a sign-in outlives its node; work that must happen once happens once;
 * a node killed under load loses no acknowledged sample. The tests run in order: the last ones
 * stop and kill nodes.
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
    /**
     * A month no other test runs reports for (a run is one per kind and month in the whole
     * database, and starting a month again answers its finished run): one of several years back.
     */
    private static final YearMonth MONTH = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusMonths(30 + Math.floorMod(System.nanoTime(), 60));
    private static final String SUFFIX = Long.toString(System.nanoTime(), 36);

    private static final PayaraMicroServer[] NODES = new PayaraMicroServer[2];
    private static int[] nodePorts;
    private static int gridPort;
    private static String clusterName;
    private static LoadBalancer balancer;
    private static Map<String, String> config;

    @BeforeAll
    static void startCluster() throws Exception {
        config = PlatformStack.platformConfig();
        config.put("REPORTS_WORKER_SECONDS", "1");
        config.put("REPORTS_RETRY_FIRST_SECONDS", "1");
        config.put("REPORTS_LEASE_SECONDS", "8");
        nodePorts = new int[] {FreePorts.find(), FreePorts.find()};
        int balancerPort = FreePorts.find();
        gridPort = FreePorts.find();
        clusterName = "dealer-platform-it-" + SUFFIX;
        // the sign-in must come back through the load balancer, whichever node started it
        config.put("PUBLIC_BASE_URL", "http://localhost:" + balancerPort);
        CompletableFuture<PayaraMicroServer> first = CompletableFuture.supplyAsync(() -> startNode(1));
        CompletableFuture<PayaraMicroServer> second = CompletableFuture.supplyAsync(() -> startNode(2));
        NODES[0] = first.get();
        NODES[1] = second.get();
        balancer = LoadBalancer.start(balancerPort, List.of(nodePorts[0], nodePorts[1]), WORK.resolve("haproxy"));
        awaitMembers(NODES[0], 2);
        DemoTenants.ensure(Http.anonymous(NODES[0].url()));
    }

    private static PayaraMicroServer startNode(int node) {
        return PayaraMicroServer.start(WAR, nodePorts[node - 1], config,
                WORK.resolve("payara-cluster-" + node + ".log"), false, List.of(), new GridMember(clusterName, gridPort, 2, node));
    }

    @AfterAll
    static void stopCluster() {
        if (balancer != null) {
            balancer.stop();
        }
        for (PayaraMicroServer node : NODES) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesAreMembersOfOneGridAndNameThemselves() throws Exception {
        for (int n = 0; n < 2; n++) {
            assertEquals(2, members(NODES[n]), "node-" + (n + 1) + " sees both members");
            Http.Answer answer = Http.anonymous(NODES[n].url()).get("/api/v1/shops");
            assertEquals("node-" + (n + 1), answer.header("X-Platform-Node").orElse(""), answer.toString());
        }
        // MicroProfile Metrics 5 speaks Prometheus text only
        java.net.http.HttpResponse<String> metrics = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(NODES[0].url() + "/metrics"))
                        .header("Accept", "text/plain").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(metrics.body().contains("platform_requests"), "requests counted per node: " + metrics.statusCode());
    }

    @Test
    @Order(2)
    void aCodeRotatedThroughOneNodeIsRefusedAtTheOtherAtOnce() {
        String group = Keycloak.token("group-a");
        Http a = Http.anonymous(NODES[0].url());
        Http b = Http.anonymous(NODES[1].url());
        String shopId = DemoTenants.ensureShop(a.as(group), "CL-ROT", "集群轮换门店");
        String token = Surveys.token(Surveys.scanShopCode(NODES[0].url(), group, shopId));
        assertEquals(200, b.get("/api/v1/public/surveys/" + token).status(), "node B knows (and caches) the code");

        Http.Answer rotated = a.as(group).post("/api/v1/shops/" + shopId + "/qr-token/rotate", Json.createObjectBuilder().build());
        assertEquals(200, rotated.status(), rotated.toString());

        Http.Answer atB = b.get("/api/v1/public/surveys/" + token);
        assertNotEquals(200, atB.status(), "the old code is refused at node B right after the rotation: " + atB);
    }

    @Test
    @Order(3)
    void thePerAddressCeilingCountsRequestsAtBothNodesTogether() throws InterruptedException {
        String group = Keycloak.token("group-a");
        String shopId = DemoTenants.ensureShop(Http.anonymous(NODES[0].url()).as(group), "CL-CEIL", "集群限流门店");
        String token = Surveys.token(Surveys.scanShopCode(NODES[0].url(), group, shopId));
        // the test run's settings: 10 answers per address and minute; the nodes trust 127.0.0.1 as a proxy.
        // all twelve within one window of the ceiling, or the count restarts halfway
        Surveys.freshCeilingWindow(5);    // twelve answers take a second or two
        String address = "198.51.100." + (1 + (int) (System.nanoTime() % 250));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Http node = Http.anonymous(NODES[i % 2].url()).with("X-Forwarded-For", address);
            String ticket = node.get("/api/v1/public/surveys/" + token).json().getString("ticket");
            JsonObject body = Json.createObjectBuilder(Surveys.answers(9, 9).build()).add("ticket", ticket).build();
            statuses.add(Surveys.submit(node, token, "ceiling-" + SUFFIX + "-" + i, body).status());
        }
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), "ten answers in all: " + statuses);
        assertEquals(List.of(429, 429), statuses.subList(10, 12), "then both nodes refuse: " + statuses);
    }

    @Test
    @Order(4)
    void onboardingOneCodeOnBothNodesAtOnceMakesOneGroup() throws Exception {
        String assoc = Keycloak.token("assoc");
        String code = "cl-" + SUFFIX;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Http.Answer>> attempts = new ArrayList<>();
        for (PayaraMicroServer node : NODES) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return Http.anonymous(node.url()).as(assoc).post("/api/v1/tenants", Json.createObjectBuilder()
                        .add("code", code).add("name", "集群入驻测试集团").add("contactEmail", code + "@cluster.example")
                        .add("modules", Json.createArrayBuilder().add("tenants").add("surveys")).build());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Http.Answer> attempt : attempts) {
            statuses.add(attempt.get().status());
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(201, 409), statuses, "one onboarding, one conflict");
        long groups = Http.anonymous(NODES[1].url()).as(assoc).get("/api/v1/tenants?size=200").items()
                .getValuesAs(JsonObject.class).stream().filter(t -> code.equals(t.getString("code"))).count();
        assertEquals(1, groups, "one dealer group with the code");
    }

    @Test
    @Order(5)
    void aMonthlyRunStartedOnBothNodesAtOnceSendsEachReportOnce() throws Exception {
        String assocToken = Keycloak.token("assoc");
        Http assoc = Http.anonymous(NODES[0].url()).as(assocToken);
        String groupToken = Keycloak.token("group-a");
        Http groupAtA = Http.anonymous(NODES[0].url()).as(groupToken);
        Http groupAtB = Http.anonymous(NODES[1].url()).as(groupToken);
        List<String> shopIds = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            shopIds.add(DemoTenants.ensureShop(groupAtA, String.format("CLR%02d", s), "集群报告门店" + s + "号"));
        }
        // node B reads the group while it has no reports module (DemoTenants.ensure left it so),
        // then the association enables the module through node A: node B must see that at once,
        // or the run planned there finds the group without reports and plans no shop
        String recipientsOfFirst = "/api/v1/shops/" + shopIds.get(0) + "/report-recipients";
        assertEquals(403, groupAtB.get(recipientsOfFirst).status(), "no reports module yet, as node B sees it");
        DemoTenants.enableReports(assoc, "demo-group-a");
        List<String> addresses = new ArrayList<>();
        for (int s = 1; s <= shopIds.size(); s++) {
            JsonArrayBuilder emails = Json.createArrayBuilder();
            for (int r = 1; r <= 2; r++) {
                String address = "cl" + s + "r" + r + "-" + SUFFIX + "@cluster.example";
                addresses.add(address);
                emails.add(address);
            }
            Http.Answer set = groupAtB.put("/api/v1/shops/" + shopIds.get(s - 1) + "/report-recipients",
                    Json.createObjectBuilder().add("emails", emails).build());
            assertEquals(200, set.status(), "node B sees the reports module enabled through node A: " + set);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Http.Answer>> starts = new ArrayList<>();
        for (PayaraMicroServer node : NODES) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return Http.anonymous(node.url()).as(assocToken).post("/api/v1/reports/runs",
                        Json.createObjectBuilder().add("kind", "SHOP_MONTHLY").add("month", MONTH.toString()).build());
            }));
        }
        start.countDown();
        List<String> runIds = new ArrayList<>();
        for (CompletableFuture<Http.Answer> started : starts) {
            Http.Answer answer = started.get();
            assertEquals(202, answer.status(), "starting a month's run again answers the same run: " + answer);
            runIds.add(answer.json().getString("id"));
        }
        assertEquals(1, runIds.stream().distinct().count(), "one run: " + runIds);
        long end = System.nanoTime() + 150_000_000_000L;
        JsonObject progress = null;
        while (System.nanoTime() < end) {
            progress = Http.anonymous(NODES[1].url()).as(assocToken).get("/api/v1/reports/runs/" + runIds.get(0)).json();
            if ("DONE".equals(progress.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("DONE", progress.getString("status"), progress.toString());
        // other classes' shops of the month may be in the run too (the suite shares one database)
        assertTrue(progress.getInt("total") >= addresses.size(), "every recipient planned: " + progress);
        assertEquals(addresses.size(), Database.count("select count(*) from report_outbox where run_id = ?"
                + " and state = 'SENT' and recipient like ?", runIds.get(0), "%-" + SUFFIX + "@cluster.example"),
                "one row per recipient, recorded as sent: " + progress);
        List<String> messageIds = new ArrayList<>();
        for (String address : addresses) {
            List<MailMessage> mails = PlatformStack.mail().messagesFor(address).stream()
                    .filter(m -> m.messageId().contains("." + MONTH + ".")).toList();
            assertEquals(1, mails.size(), address + " got its report once: " + mails + ", run " + progress);
            messageIds.add(mails.get(0).messageId());
        }
        assertEquals(addresses.size(), messageIds.stream().distinct().count(), "one Message-ID per recipient: " + messageIds);
    }

    @Test
    @Order(6)
    void aConsoleUserKeepsTheirSessionWhenTheirNodeStops() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            String page = balancer.url() + "/console/shops";
            Browser.signIn(browser, page, page, "group-a");
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            Cookie node = browser.manage().getCookieNamed("PLATFORM_NODE");
            assertTrue(session != null && node != null, "signed in through the balancer: " + browser.manage().getCookies());
            int serving = Integer.parseInt(node.getValue().substring("node-".length())) - 1;
            NODES[serving].stop();
            Thread.sleep(3_000);    // HAProxy's health check takes the node out after two failed seconds
            browser.get(page);
            // a lost session would go through Keycloak (still signed in there) and come back with a new id
            assertEquals(page, browser.getCurrentUrl(), "still on the console after node-" + (serving + 1) + " stopped");
            assertEquals(session.getValue(), browser.manage().getCookieNamed("JSESSIONID").getValue(),
                    "the same session, served by the other node");
            assertNotEquals(node.getValue(), browser.manage().getCookieNamed("PLATFORM_NODE").getValue(),
                    "HAProxy moved the browser to the other node");
            NODES[serving] = startNode(serving + 1);
            awaitMembers(NODES[serving], 2);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(7)
    void aNodeKilledUnderLoadLosesNoAcknowledgedSampleAndCountsNoneTwice() throws Exception {
        String group = Keycloak.token("group-a");
        String shopId = DemoTenants.ensureShop(Http.anonymous(NODES[0].url()).as(group), "CL-KILL", "集群故障切换门店");
        String token = Surveys.token(Surveys.scanShopCode(NODES[0].url(), group, shopId));
        Http api = Http.anonymous(balancer.url());    // 127.0.0.1 through HAProxy: exempt from per-address limits
        record Attempt(String key, JsonObject body, String acknowledgedId) {
        }
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    String key = "cl-kill-" + client + "-" + n + "-" + UUID.randomUUID();
                    try {
                        String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
                        JsonObject sent = Json.createObjectBuilder(Surveys.answers(6 + n % 5, n % 11).build())
                                .add("ticket", ticket).build();
                        attempts.put(key, new Attempt(key, sent, null));
                        Http.Answer answer = Surveys.submit(api, token, key, sent);
                        if (answer.status() == 201) {
                            attempts.put(key, new Attempt(key, sent, answer.json().getString("id")));
                        }
                    } catch (RuntimeException cutOff) {
                        // the node died mid-request: retried with the same key below
                    }
                }
            }, "cluster-client-" + c);
            clients.add(thread);
            thread.start();
        }
        Thread.sleep(4_000);
        NODES[1].kill();
        Thread.sleep(4_000);
        running.set(false);
        for (Thread thread : clients) {
            thread.join(30_000);
        }
        List<Attempt> acknowledged = attempts.values().stream().filter(a -> a.acknowledgedId() != null).toList();
        System.out.printf("node killed under load: %d attempts, %d acknowledged%n", attempts.size(), acknowledged.size());
        assertTrue(acknowledged.size() >= 20, "the load ran long enough to matter: " + acknowledged.size());
        for (Attempt a : attempts.values()) {
            Http.Answer retried = Surveys.submit(api, token, a.key(), a.body());
            assertEquals(201, retried.status(), a.key() + ": " + retried.body());
            if (a.acknowledgedId() != null) {
                assertEquals(a.acknowledgedId(), retried.json().getString("id"), "a retry answers the stored sample");
            }
        }
        assertEquals(attempts.size(), Database.count("select count(*) from survey_response where shop_id = ?", shopId),
                "every attempted key stored once, none twice");
        for (String status : List.of("VALID", "SUSPECT", "INVALID")) {
            long samples = Database.count("select count(*) from survey_response where shop_id = ? and status = ?",
                    shopId, status);
            long counted = Database.count("select coalesce(sum(" + status.toLowerCase() + "_count), 0)"
                    + " from score_rollup where shop_id = ? and advisor_id = '*'", shopId);
            assertEquals(samples, counted, status + " samples counted once in the shop's rollup rows");
        }
    }

    private static void awaitMembers(PayaraMicroServer node, int members) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            if (members(node) == members) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the grid did not reach " + members + " members: "
                + Http.anonymous(node.url()).get("/health/live"));
    }

    /** The grid's members as the node's liveness check reports them. */
    private static int members(PayaraMicroServer node) {
        Http.Answer health = Http.anonymous(node.url()).get("/health/live");
        return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "cluster".equals(c.getString("name")))
                // Payara writes a check's data values as strings ("members": "2")
                .mapToInt(c -> Integer.parseInt(c.getJsonObject("data").get("members").toString().replace("\"", "")))
                .findFirst().orElse(-1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
