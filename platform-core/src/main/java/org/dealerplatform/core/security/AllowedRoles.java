package org.dealerplatform.core.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (or every method of a resource class), checked by
 * {@link AccessFilter}. A method with neither this nor {@link PublicAccess} is closed to everyone.
 * <p>
 * Why not {@code jakarta.annotation.security.RolesAllowed}: on CDI beans Payara enforces it with
 * its own interceptor against the container's caller, which knows nothing of our Keycloak tokens;
 * the container then attempts a BASIC login against its file realm and the request fails.
 * Our identity comes from the verified token only, so the rule is ours too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
    String[] value();
}
