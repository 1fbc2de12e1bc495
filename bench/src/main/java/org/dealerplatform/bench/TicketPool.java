package org.dealerplatform.bench;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Start tickets for the simulated customers, one per submission as a real page view gives: a
 * ticket is single-use, so a benchmark that reused one would only measure the path of a
 * SUSPECT (TICKET_REUSED) sample. Tickets are fetched ahead of a load phase, so the phase measures
 * submissions, not page views; when the pool runs dry a client fetches one itself, outside the
 * timed request.
 */
final class TicketPool {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<String> tokens;
    private final List<ConcurrentLinkedQueue<String>> pools = new ArrayList<>();

    TicketPool(String base, List<String> tokens) {
        this.base = base;
        this.tokens = List.copyOf(tokens);
        tokens.forEach(t -> pools.add(new ConcurrentLinkedQueue<>()));
    }

    /** Fetches about {@code count} tickets spread over the shops, on {@code threads} threads; how long it took. */
    Duration fill(int count, int threads) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int n; (n = next.getAndIncrement()) < count; ) {
                    int shop = n % tokens.size();
                    pools.get(shop).add(fetch(shop));
                }
            }, "ticket-fill-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** An unused ticket of the shop's survey link. */
    String take(int shop) {
        String ticket = pools.get(shop).poll();
        return ticket != null ? ticket : fetch(shop);
    }

    String token(int shop) {
        return tokens.get(shop);
    }

    int shops() {
        return tokens.size();
    }

    private String fetch(int shop) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/surveys/" + tokens.get(shop)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                        return reader.readObject().getString("ticket");
                    }
                }
                if (attempt == 3) {
                    throw new IllegalStateException("survey page answered " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.io.IOException e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
