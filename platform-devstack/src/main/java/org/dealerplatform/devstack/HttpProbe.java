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
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException(server.failure("stopped before " + url + " answered", 40));
            }
            if (answersOk(request)) {
                return;
            }
            if (hopeless.getAsBoolean()) {
                throw new IllegalStateException(server.failure("will not answer 200 on " + url, 40));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(server.failure("did not answer 200 on " + url + " within " + timeout, 40));
    }

    private static boolean answersOk(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
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
