package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads GreenMail's mailboxes through its HTTP API ({@code GET /api/user/{email}/messages/INBOX}). */
final class MailInbox {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String apiUrl;

    MailInbox(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    List<MailMessage> messagesFor(String address) {
        String path = "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl + path)).GET());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            // GreenMail makes the mailbox at the first delivery; before that the address is unknown
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail answered " + response.statusCode() + " on " + path + ": "
                    + response.body());
        }
        JsonArray messages = Json.createReader(new StringReader(response.body())).readArray();
        return messages.getValuesAs(JsonObject.class).stream().map(MailMessage::of).toList();
    }

    List<MailMessage> awaitMessagesFor(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MailMessage> messages = messagesFor(address);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            HttpProbe.sleep(Duration.ofMillis(200));
            messages = messagesFor(address);
        }
        if (messages.size() < count) {
            throw new IllegalStateException(address + " got " + messages.size() + " of " + count
                    + " expected messages within " + timeout);
        }
        return messages;
    }

    void purge() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail did not purge: " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GreenMail's API does not answer at " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
