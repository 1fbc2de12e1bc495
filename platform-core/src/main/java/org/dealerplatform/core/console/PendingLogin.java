package org.dealerplatform.core.console;

import java.io.Serializable;

/** What we sent to Keycloak and must see again in the callback (state, nonce, PKCE verifier). */
public record PendingLogin(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    public static final String SESSION_KEY = "platform.console.pending";
}
