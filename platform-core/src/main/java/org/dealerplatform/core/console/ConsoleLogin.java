package org.dealerplatform.core.console;

import java.io.Serializable;
import java.time.Instant;
import org.dealerplatform.core.security.Caller;

/**
 * A signed-in console user, kept in the HTTP session only (the browser sees a session cookie,
 * never a token). The access token is re-checked on refresh; {@code csrf} guards every form.
 */
public record ConsoleLogin(Caller caller, String accessToken, String refreshToken, String idToken,
                           Instant accessExpiresAt, String csrf) implements Serializable {

    public static final String SESSION_KEY = "platform.console.login";

    public boolean accessExpired(Instant now) {
        return now.isAfter(accessExpiresAt.minusSeconds(5));
    }
}
