package org.dealerplatform.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the last
 * one answered, for a fixed time (or while a task runs) after a warm-up. HTTP/1.1 with kept-alive connections, as phones
 * behind a proxy would arrive. Latencies are kept in full so percentiles are exact.
 */
final class LoadRun {

    record Result(String name, long ok, long failed, double seconds, double perSecond, double p50Millis,
                  double p99Millis, double maxMillis) {
        String line() {
            return String.format(Locale.ROOT, "%-34s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   max %7.1f ms"
                    + "   (%d ok, %d failed, %.0f s)", name, perSecond, p50Millis, p99Millis, maxMillis, ok, failed, seconds);
        }
    }

    /** A load measured while a task ran, and what the task returned. */
    record During<T>(Result load, T task) {
    }

    private LoadRun() {
    }

    /** {@code request} gets a running number per request; {@code expected} is the success status. */
    static Result run(String name, int clients, Duration warmUp, Duration measured, IntFunction<HttpRequest> request,
                      int expected) throws InterruptedException {
        return during(name, clients, warmUp, request, expected, () -> {
            Thread.sleep(measured.toMillis());
            return null;
        }).load();
    }

    /**
     * The load after its warm-up, measured for exactly as long as {@code task} runs (on the calling
     * thread): the requests sent and answered while it ran.
     */
    static <T> During<T> during(String name, int clients, Duration warmUp, IntFunction<HttpRequest> request,
                                int expected, Callable<T> task) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong sequence = new AtomicLong();
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients * 2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] mine = {new long[1 << 14]};
            int[] size = {0};
            Thread thread = new Thread(() -> {
                while (true) {
                    if (System.nanoTime() >= end.get()) {
                        break;
                    }
                    boolean good;
                    // built before the clock starts: building may fetch what the request needs (a start ticket)
                    HttpRequest next = request.apply((int) sequence.getAndIncrement());
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(next, HttpResponse.BodyHandlers.discarding());
                        good = response.statusCode() == expected;
                    } catch (Exception e) {
                        good = false;
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom.get() && done <= end.get()) {
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
        Thread.sleep(warmUp.toMillis());
        long from = System.nanoTime();
        measureFrom.set(from);
        T result;
        try {
            result = task.call();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + ": the task failed", e);
        } finally {
            end.set(System.nanoTime());
            for (Thread t : threads) {
                t.join();
            }
        }
        long ok = 0;
        long failed = 0;
        for (int c = 0; c < clients; c++) {
            ok += counts[c * 2];
            failed += counts[c * 2 + 1];
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (end.get() - from) / 1e9;
        return new During<>(new Result(name, ok, failed, seconds, ok / seconds, percentile(all, 0.50),
                percentile(all, 0.99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6), result);
    }
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
