package org.dealerplatform.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.dealerplatform.core.settings.PlatformMode;
import org.junit.jupiter.api.Test;

/** The sign-in in progress lives in a signed, short-lived cookie; the callback refuses anything else. */
class LoginCookiesTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
    private static final PendingLogin PENDING = new PendingLogin("state-1", "nonce-1", "verifier-1",
            "/console/shops?page=2", "https://console.example.com/console/callback");

    static LoginCookies at(Instant now, String key) {
        LoginCookies cookies = new LoginCookies();
        cookies.configuredKey = Optional.ofNullable(key);
        cookies.clock = Clock.fixed(now, ZoneOffset.UTC);
        return cookies;
    }

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void theCallbackGetsBackWhatTheLoginStartPutIn() {
        String cookie = at(START, KEY).seal(PENDING);
        assertEquals(Optional.of(PENDING), at(START.plusSeconds(90), KEY).open(cookie, "state-1"));
    }

    @Test
    void anotherStateIsRefused() {
        String cookie = at(START, KEY).seal(PENDING);
        assertEquals(Optional.empty(), at(START, KEY).open(cookie, "state-2"));
        assertEquals(Optional.empty(), at(START, KEY).open(cookie, null));
    }

    @Test
    void anExpiredCookieIsRefused() {
        String cookie = at(START, KEY).seal(PENDING);
        assertTrue(at(START.plus(Duration.ofMinutes(10)), KEY).open(cookie, "state-1").isPresent(), "good for 10 minutes");
        assertEquals(Optional.empty(), at(START.plus(Duration.ofMinutes(10)).plusSeconds(1), KEY).open(cookie, "state-1"));
    }

    @Test
    void aTamperedCookieIsRefused() {
        LoginCookies cookies = at(START, KEY);
        String cookie = cookies.seal(PENDING);
        String[] parts = cookie.split("\\.");
        // move the return path elsewhere, keep the signature
        parts[4] = Base64.getUrlEncoder().withoutPadding().encodeToString("/console/tenants".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), cookies.open(String.join(".", parts), "state-1"));
        // push the expiry into the future, keep the signature
        parts = cookie.split("\\.");
        parts[0] = Base64.getUrlEncoder().withoutPadding().encodeToString("9999999999".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), cookies.open(String.join(".", parts), "state-1"));
        // a flipped signature character
        char last = cookie.charAt(cookie.length() - 1);
        assertEquals(Optional.empty(), cookies.open(cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "state-1"));
        assertEquals(Optional.empty(), cookies.open("", "state-1"));
        assertEquals(Optional.empty(), cookies.open("no-dots", "state-1"));
        assertEquals(Optional.empty(), cookies.open("a.b.c.d.e.f.!!!", "state-1"));
        assertEquals(Optional.empty(), cookies.open(null, "state-1"));
        assertEquals(Optional.empty(), cookies.open("x".repeat(100_000) + ".AAAA", "state-1"));
    }

    @Test
    void aCookieSignedWithAnotherKeyIsRefused() {
        String cookie = at(START, KEY).seal(PENDING);
        assertEquals(Optional.empty(), at(START, "another-key-another-key-another-key").open(cookie, "state-1"));
        // without a configured key each JVM (here: each instance) draws its own
        String generated = at(START, null).seal(PENDING);
        assertEquals(Optional.empty(), at(START, null).open(generated, "state-1"));
    }

    @Test
    void theCookieIsHttpOnlyLaxShortLivedAndOnlyForTheCallback() {
        LoginCookies cookies = at(START, KEY);
        String header = cookies.issue(PENDING);
        assertEquals("console_login=" + cookies.seal(PENDING)
                + "; Path=/console/callback; Max-Age=600; HttpOnly; SameSite=Lax; Secure", header);
        assertTrue(cookies.issue(new PendingLogin("s", "n", "v", "/console", "http://localhost:8080/console/callback"))
                .endsWith("; HttpOnly; SameSite=Lax"), "no Secure on the plain-http local stack");
        assertEquals("console_login=; Path=/console/callback; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
                cookies.cleared("https://console.example.com"));
    }

    @Test
    void aConfiguredKeyMustBeLongEnoughInProduction() {
        assertEquals(1, at(START, "short").refusals(PlatformMode.of(null)).size());
        assertTrue(at(START, "short").refusals(PlatformMode.of("demo")).isEmpty());
        assertTrue(at(START, KEY).refusals(PlatformMode.of(null)).isEmpty());
        assertTrue(at(START, null).refusals(PlatformMode.of(null)).isEmpty(), "unset: generated per JVM");
        assertTrue(at(START, "short").refusals(PlatformMode.of(null)).get(0).contains("CONSOLE_LOGIN_KEY"));
    }
}
