/**
 * Who is calling: verifies Keycloak-issued JWTs (signature against the realm's keys, exact issuer,
 * audience, expiry) and turns them into a {@link org.dealerplatform.core.security.Caller}.
 * The tenant and shop of a caller come only from here, never from a header, path or body.
 */
package org.dealerplatform.core.security;
