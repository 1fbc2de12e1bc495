package org.dealerplatform.core.security;

import java.security.PublicKey;
import java.util.Optional;

/** Where token signature keys come from: the realm's JWKS in production, fixed keys in unit tests. */
@FunctionalInterface
public interface VerificationKeys {
    Optional<PublicKey> byKeyId(String kid);
}
