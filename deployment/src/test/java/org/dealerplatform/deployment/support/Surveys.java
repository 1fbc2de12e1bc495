package org.dealerplatform.deployment.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Survey helpers for the tests: read a shop's QR code like a phone would, and answer surveys. */
public final class Surveys {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private Surveys() {
    }

    /**
     * Waits, when needed, until the ceiling's current window (as the test stack sets it) has at
     * least {@code secondsNeeded} left, so that a test filling it is not cut by the window turning.
     * Returns the window's length in seconds.
     */
    public static int freshCeilingWindow(int secondsNeeded) {
        Map<String, String> config = PlatformStack.platformConfig();
        int window = Integer.parseInt(config.getOrDefault("SURVEY_CEILING_WINDOW_SECONDS", "60"));
        long millisInto = System.currentTimeMillis() % (window * 1000L);
        if (window * 1000L - millisInto < secondsNeeded * 1000L) {
            try {
                Thread.sleep(window * 1000L - millisInto + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return window;
    }

    /** Downloads the shop's QR PNG with the given bearer token and decodes the URL it carries. */
    public static String scanShopCode(String base, String bearer, String shopId) {
        HttpResponse<byte[]> png = fetch(base + "/api/v1/shops/" + shopId + "/qr.png?size=300", bearer);
        if (png.statusCode() != 200) {
            throw new IllegalStateException("QR code: " + png.statusCode());
        }
        return decode(png.body());
    }

    public static HttpResponse<byte[]> fetch(String url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            try {
                return new MultiFormatReader().decode(bitmap).getText();
            } catch (NotFoundException first) {
                // the finder-pattern search misses a generated code now and then (some tokens at 300 px);
                // a rendered code is the whole image, which the pure-barcode mode reads directly
                return new MultiFormatReader().decode(bitmap, java.util.Map.of(
                        com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new IllegalStateException("no QR code found in the image", e);
        }
    }

    public static String token(String surveyUrl) {
        return surveyUrl.substring(surveyUrl.lastIndexOf('/') + 1);
    }

    /** Answers of the national questionnaire: every item {@code rating}, recommendation {@code recommend}. */
    public static JsonObjectBuilder answers(int rating, int recommend) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            answers.add(code, rating);
        }
        return Json.createObjectBuilder().add("answers", answers).add("recommend", recommend)
                .add("visitType", "MAINTENANCE");
    }

    public static JsonObject withAnswers(Map<String, Integer> ratings, int recommend) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        ratings.forEach(answers::add);
        return Json.createObjectBuilder().add("answers", answers).add("recommend", recommend)
                .add("visitType", "REPAIR").build();
    }

    public static Http.Answer submit(Http api, String token, String key, JsonObject body) {
        return api.postWithHeader("/api/v1/public/surveys/" + token + "/responses", "Idempotency-Key", key, body.toString());
    }

    /** Submits with a start ticket fetched first, as the survey page does, so timing is known. */
    public static Http.Answer submitTimed(Http api, String token, JsonObjectBuilder body) {
        String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
        return submit(api, token, body.add("ticket", ticket).build());
    }

    public static Http.Answer submit(Http api, String token, JsonObject body) {
        return submit(api, token, UUID.randomUUID().toString(), body);
    }

    /**
     * A sample as staff see it ({@code status}, {@code reasons}, {@code facts}, {@code review}), read
     * through the association's review API: the sender's answer carries only the id.
     */
    public static JsonObject reviewed(Http association, String sampleId) {
        Http.Answer answer = association.get("/api/v1/review/responses/" + sampleId);
        if (answer.status() != 200) {
            throw new IllegalStateException("review of " + sampleId + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** The sample's status as staff see it. */
    public static String statusOf(Http association, Http.Answer submitted) {
        if (submitted.status() != 201) {
            throw new IllegalStateException("not stored: " + submitted.status() + " " + submitted.body());
        }
        return reviewed(association, submitted.json().getString("id")).getString("status");
    }
}
