package org.dealerplatform.core.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.tenancy.TenantStandings;
import org.dealerplatform.core.tenancy.TenantStanding;
import org.dealerplatform.core.web.ApiException;

/**
 * The one gate in front of every resource method, deny by default:
 * <ol>
 * <li>{@code @PublicAccess} methods are public; everything else needs a verified caller, from the
 * bearer token (API) or the console session ({@link CallerSource});</li>
 * <li>the method (or its class) must carry {@code @AllowedRoles} naming one of the caller's
 * roles: a method without it is closed to everyone;</li>
 * <li>a tenant user's dealer group must exist and be active;</li>
 * <li>a resource of a module answers 403 when the tenant has not enabled that module.</li>
 * </ol>
 * Role checks are done here rather than by the container so that the API and the console share
 * one rule set and every refusal is a problem+json with a reason.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CallerSource callers;

    @Inject
    CallerContext context;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantStandings standings;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null) {
            throw ApiException.forbidden("no such operation");
        }
        if (method.isAnnotationPresent(PublicAccess.class)
                || (type.isAnnotationPresent(PublicAccess.class) && !method.isAnnotationPresent(AllowedRoles.class))) {
            callers.identify(request).ifPresent(context::signIn);
            return;
        }
        Caller caller = callers.identify(request)
                .orElseThrow(() -> ApiException.unauthorized("sign in with a valid bearer token"));
        caller.inconsistency().ifPresent(reason -> {
            throw ApiException.forbidden(reason);
        });
        context.signIn(caller);
        checkRole(caller, method, type);
        caller.tenant().ifPresent(tenant -> checkTenant(tenant, type));
        request.setSecurityContext(new CallerSecurity(caller, request.getSecurityContext().isSecure()));
    }

    private static void checkRole(Caller caller, Method method, Class<?> type) {
        AllowedRoles allowed = Optional.ofNullable(method.getAnnotation(AllowedRoles.class))
                .orElse(type.getAnnotation(AllowedRoles.class));
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
            throw ApiException.forbidden("your role does not allow this");
        }
    }

    private void checkTenant(String tenant, Class<?> type) {
        TenantStanding standing = standings.of(tenant)
                .orElseThrow(() -> ApiException.forbidden("your dealer group is not registered on the platform"));
        if (!standing.active()) {
            throw ApiException.tenantSuspended();
        }
        RequiresModule module = type.getAnnotation(RequiresModule.class);
        if (module != null && !modules.enabledFor(module.value(), standing.modules())) {
            throw ApiException.forbidden("module '" + module.value() + "' is not enabled for your dealer group");
        }
    }

    private record CallerSecurity(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller::username;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return null; // a token or a console session; neither is a servlet authentication scheme
        }
    }
}
