package org.dealerplatform.tenant.identity;

/** Keycloak could not be reached or refused the provisioning; nothing was stored on our side. */
public class IdentityUnavailableException extends RuntimeException {
    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
