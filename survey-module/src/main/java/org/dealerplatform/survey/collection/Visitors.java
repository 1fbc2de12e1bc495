package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.dealerplatform.survey.module.SurveySettings;

/**
 * Recognises a returning survey device by a random first-party cookie (no fingerprinting), and
 * the network address, from the connection or, behind a trusted proxy, the last X-Forwarded-For hop.
 */
@ApplicationScoped
public class Visitors {

    public static final String DEVICE_COOKIE = "sv_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SurveySettings settings;

    public Visitor of(HttpServletRequest request, String idempotencyKey) {
        return new Visitor(deviceId(request), address(request), idempotencyKey);
    }

    public String deviceId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v.matches("[A-Za-z0-9_-]{16,64}")).findFirst().orElse(null);
    }

    /** A new device id for a browser that has none; set as a long-lived, HTTP-only, same-site cookie. */
    public static String newDeviceId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String address(HttpServletRequest request) {
        if (settings.trustForwardedFor()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
