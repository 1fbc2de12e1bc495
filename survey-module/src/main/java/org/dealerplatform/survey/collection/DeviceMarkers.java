package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The survey device marker: a random first-party cookie (no fingerprinting) that the platform
 * signs, {@code <random>.<HMAC of it under the survey secret>}. A client can still leave it out
 * (then it looks like a new device), but it cannot make one up: an unsigned or altered marker is
 * {@link DeviceMarker.State#FORGED}, a screening fact, and the page replaces it with a signed one.
 */
@ApplicationScoped
public class DeviceMarkers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SIGNED = Pattern.compile("([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{22})");
    /** Longer values are not kept, even as "forged": the cookie is ours and has a known size. */
    private static final int MAX_LENGTH = 100;

    @Inject
    SurveySecrets secrets;

    public String issue() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return random + "." + signature(random);
    }

    public DeviceMarker read(String value) {
        if (value == null || value.isEmpty()) {
            return new DeviceMarker(DeviceMarker.State.ABSENT, null);
        }
        String kept = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        var parts = SIGNED.matcher(value);
        if (parts.matches() && MessageDigest.isEqual(signature(parts.group(1)).getBytes(StandardCharsets.US_ASCII),
                parts.group(2).getBytes(StandardCharsets.US_ASCII))) {
            return new DeviceMarker(DeviceMarker.State.SIGNED, value);
        }
        return new DeviceMarker(DeviceMarker.State.FORGED, kept);
    }

    private String signature(String random) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(secrets.mac("device:" + random), 16));
    }
}
