package org.dealerplatform.bench;

import static org.dealerplatform.bench.BenchSupport.env;
import static org.dealerplatform.bench.BenchSupport.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.dealerplatform.devstack.DemoData;
import org.dealerplatform.devstack.DevstackPaths;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.GridMember;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.LoadBalancer;
import org.dealerplatform.devstack.OidcTokens;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.dealerplatform.devstack.SampleLoader;

/**
 * What a second node costs on the same machine (not a test: it prints figures). One MariaDB and
 * Keycloak; then, for one and for two Payara Micro nodes joined as a data grid, HAProxy in front
 * and JSON survey submissions through it at {@code BENCH_CLIENTS} clients for {@code BENCH_SECONDS}:
 * requests per second, p50 and p99. Both set-ups share the same two cores, so the figures show
 * the cluster's overhead (grid counters and cache messages, the balancer, a second JVM), not its
 * gain, which needs a second machine.
 */
public final class ClusterBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = env("BENCH_CLIENTS", 32);
        Duration phase = Duration.ofSeconds(env("BENCH_SECONDS", 20));
        Path work = Files.createTempDirectory("cluster-bench");
        System.out.println("Cluster benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, work dir " + work);
        EmbeddedDatabase database = EmbeddedDatabase.startFresh();
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        Map<String, String> config = BenchSupport.demoPlatformConfig(database, keycloak);
        // HAProxy forwards each simulated phone's address
        config.put("SURVEY_TRUSTED_PROXIES", "127.0.0.1,::1");
        config.put("SURVEY_MIN_SECONDS", "0");
        List<String> lines = new ArrayList<>();
        try {
            boolean loaded = false;
            for (int nodes = 1; nodes <= 2; nodes++) {
                lines.add(measure(nodes, clients, phase, config, database, keycloak, work, !loaded));
                loaded = true;
            }
        } finally {
            keycloak.stop();
            database.stop();
        }
        System.out.println();
        System.out.println("== JSON survey submissions through HAProxy, " + clients + " clients, " + phase.toSeconds()
                + " s measured after 5 s warm-up, all on this machine's cores ==");
        lines.forEach(System.out::println);
    }

    private static String measure(int nodes, int clients, Duration phase, Map<String, String> config,
                                  EmbeddedDatabase database, KeycloakServer keycloak, Path work, boolean loadDemo)
            throws Exception {
        int gridPort = FreePorts.find();
        String cluster = "dealer-platform-bench-" + nodes + "-" + Long.toString(System.nanoTime(), 36);
        List<Integer> ports = new ArrayList<>();
        List<CompletableFuture<PayaraMicroServer>> starting = new ArrayList<>();
        for (int n = 1; n <= nodes; n++) {
            int port = FreePorts.find();
            GridMember member = new GridMember(cluster, gridPort, nodes, n);
            ports.add(port);
            starting.add(CompletableFuture.supplyAsync(() -> PayaraMicroServer.start(DevstackPaths.warFile(), port, config,
                    work.resolve("payara-" + nodes + "-" + member.nodeName() + ".log"), false, List.of(), member)));
        }
        List<PayaraMicroServer> started = new ArrayList<>();
        LoadBalancer balancer = null;
        try {
            for (CompletableFuture<PayaraMicroServer> node : starting) {
                started.add(node.join());
            }
            balancer = LoadBalancer.start(FreePorts.find(), ports, work.resolve("haproxy-" + nodes));
            String base = balancer.url();
            if (loadDemo) {
                System.out.println(new DemoData(base, keycloak.url(), database).loadWithoutSeasons());
            }
            List<String> tokens = surveyTokens(base, keycloak, database);
            TicketPool tickets = new TicketPool(base, tokens);
            int ahead = (int) Math.min(200_000, (phase.toSeconds() + 5) * 1_000L);
            tickets.fill(ahead, clients);
            Random random = new Random(7);
            String[] bodies = new String[64];
            for (int i = 0; i < bodies.length; i++) {
                bodies[i] = answers(random);
            }
            AtomicLong keys = new AtomicLong();
            IntFunction<HttpRequest> submission = n -> {
                int shop = n % tokens.size();
                String answers = bodies[n % bodies.length];
                String body = answers.substring(0, answers.length() - 1) + ",\"ticket\":\"" + tickets.take(shop) + "\"}";
                return HttpRequest.newBuilder(URI.create(base + "/api/v1/public/surveys/" + tokens.get(shop) + "/responses"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "cbench-" + nodes + "-" + keys.incrementAndGet() + "-" + UUID.randomUUID())
                        .header("X-Forwarded-For", "10." + (n & 255) + "." + (n >> 8 & 255) + "." + (n >> 16 & 255))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            };
            LoadRun.Result result = LoadRun.run((nodes == 1 ? "1 node " : nodes + " nodes") + " behind HAProxy", clients,
                    Duration.ofSeconds(5), phase, submission, 201);
            System.out.println(result.line());
            return result.line();
        } finally {
            if (balancer != null) {
                balancer.stop();
            }
            started.forEach(PayaraMicroServer::stop);
        }
    }

    /** The demo group A's shops' survey codes (created on first use). */
    private static List<String> surveyTokens(String base, KeycloakServer keycloak, EmbeddedDatabase database) {
        String groupA = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "group-a", "group-a");
        JsonObject page = json(get(base, groupA, "/api/v1/shops?size=50"));
        List<String> tokens = new ArrayList<>();
        try (SampleLoader db = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 0, false)) {
            for (JsonObject shop : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                String id = shop.getString("id");
                get(base, groupA, "/api/v1/shops/" + id + "/qr.svg");
                tokens.add(db.text("select token from survey_link where shop_id = ? and current_for is not null", id));
            }
        }
        return tokens;
    }

    private static String answers(Random random) {
        StringBuilder answers = new StringBuilder();
        for (String item : ITEMS) {
            answers.append(answers.length() == 0 ? "" : ",").append('"').append(item).append("\":")
                    .append(5 + random.nextInt(6));
        }
        return "{\"answers\":{" + answers + "},\"recommend\":" + random.nextInt(11) + ",\"visitType\":\"REPAIR\"}";
    }

    private static String get(String base, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
