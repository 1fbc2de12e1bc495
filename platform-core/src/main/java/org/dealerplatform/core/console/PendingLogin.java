package org.dealerplatform.core.console;

/**
 * What we sent to Keycloak and must send or see again in the callback (state, nonce, PKCE verifier,
 * redirect URI), and where to go afterwards; carried by the browser in a signed cookie ({@link LoginCookies}).
 */
public record PendingLogin(String state, String nonce, String codeVerifier, String returnTo, String redirectUri) {
}
