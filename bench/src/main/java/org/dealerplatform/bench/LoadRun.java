package org.dealerplatform.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the last
 * one answered, for a fixed time after a warm-up. HTTP/1.1 with kept-alive connections, as phones
 * behind a proxy would arrive. Latencies are kept in full so percentiles are exact.
 */
final class LoadRun {

    record Result(String name, long ok, long failed, double seconds, double perSecond, double p50Millis,
                  double p99Millis) {
        String line() {
            return String.format(Locale.ROOT, "%-34s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   (%d ok, %d failed, %.0f s)",
                    name, perSecond, p50Millis, p99Millis, ok, failed, seconds);
        }
    }

    private LoadRun() {
    }

    /** {@code request} gets a running number per request; {@code expected} is the success status. */
    static Result run(String name, int clients, Duration warmUp, Duration measured, IntFunction<HttpRequest> request,
                      int expected) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients * 2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] mine = {new long[1 << 14]};
            int[] size = {0};
            Thread thread = new Thread(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    boolean good;
                    try {
                        HttpResponse<Void> response = http.send(request.apply((int) sequence.getAndIncrement()),
                                HttpResponse.BodyHandlers.discarding());
                        good = response.statusCode() == expected;
                    } catch (Exception e) {
                        good = false;
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom && done <= end) {
                        if (good) {
                            if (size[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], size[0] * 2);
                            }
                            mine[0][size[0]++] = done - sent;
                            counts[client * 2]++;
                        } else {
                            counts[client * 2 + 1]++;
                        }
                    }
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], size[0]));
                }
            }, name + "-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long ok = 0;
        long failed = 0;
        for (int c = 0; c < clients; c++) {
            ok += counts[c * 2];
            failed += counts[c * 2 + 1];
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measured.toNanos() / 1e9;
        return new Result(name, ok, failed, seconds, ok / seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
