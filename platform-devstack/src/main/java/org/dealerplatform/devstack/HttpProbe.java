package org.dealerplatform.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits until a freshly started server answers 200 on a readiness URL. */
final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    private HttpProbe() {
    }

    static void awaitOk(String url, Duration timeout, ChildProcess server) {
        awaitOk(url, timeout, server, () -> false);
    }

    /** {@code hopeless} lets a caller who can read the server's log stop waiting early. */
    static void awaitOk(String url, Duration timeout, ChildProcess server, BooleanSupplier hopeless) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        String[] last = {"nothing yet"};
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException(server.failure("stopped before " + url + " answered", 40));
            }
            if (answersOk(request, last)) {
                return;
            }
            if (hopeless.getAsBoolean()) {
                throw new IllegalStateException(server.failure("will not answer 200 on " + url
                        + " (last answer: " + last[0] + ")", 40) + busyThreads(server, last[0]));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(server.failure("did not answer 200 on " + url + " within " + timeout
                + " (last answer: " + last[0] + ")", 40) + busyThreads(server, last[0]));
    }

    /**
     * A server that takes the connection but never answers is stuck somewhere inside: the
     * request threads' stacks (from a thread dump) say where, which its log never does.
     */
    private static String busyThreads(ChildProcess server, String lastAnswer) {
        if (!lastAnswer.contains("HttpTimeoutException") || !server.isAlive()) {
            return "";
        }
        String dump = server.threadDump();
        String nl = System.lineSeparator();
        int deadlock = dump.indexOf("Found one Java-level deadlock");
        String stuck = deadlock >= 0
                ? dump.substring(deadlock).lines().limit(60).collect(java.util.stream.Collectors.joining(nl))
                : java.util.Arrays.stream(dump.split("\\R\\R"))
                        .filter(thread -> thread.startsWith("\"http-thread-pool") && !thread.contains("getTask"))
                        .limit(4)
                        .map(thread -> thread.lines().limit(40).collect(java.util.stream.Collectors.joining(nl)))
                        .collect(java.util.stream.Collectors.joining(nl + nl));
        return nl + "Busy request threads at that moment (the whole dump is next to the log):" + nl
                + (stuck.isEmpty() ? "none (the server is not busy answering: look at the network)" : stuck);
    }

    /** {@code last[0]} keeps what the server said, so a failure can say why it was not ready. */
    private static boolean answersOk(HttpRequest request, String[] last) {
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String body = answer.body() == null ? "" : answer.body();
            last[0] = answer.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) : body);
            return answer.statusCode() == 200;
        } catch (IOException notYetListening) {
            last[0] = notYetListening.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
