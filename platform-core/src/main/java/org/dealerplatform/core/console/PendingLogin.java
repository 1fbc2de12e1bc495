package org.dealerplatform.core.console;

import java.io.Serializable;

/** What we sent to Keycloak and must send or see again in the callback (state, nonce, PKCE verifier, redirect URI). */
public record PendingLogin(String state, String nonce, String codeVerifier, String returnTo, String redirectUri) implements Serializable {

    public static final String SESSION_KEY = "platform.console.pending";
}
