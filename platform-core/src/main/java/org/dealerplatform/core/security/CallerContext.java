package org.dealerplatform.core.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The verified caller of the current request, set once by the {@link AccessFilter} from the
 * bearer token or the console session. Code that needs a tenant asks here and fails closed when there is none.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    public void signIn(Caller verified) {
        if (caller != null && !caller.equals(verified)) {
            throw new IllegalStateException("caller already set for this request");
        }
        caller = verified;
    }

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    public Caller required() {
        if (caller == null) {
            throw new NotSignedInException();
        }
        return caller;
    }

    /** The caller's tenant; a request without one must not touch tenant data. */
    public String requiredTenant() {
        return required().tenant().orElseThrow(NoTenantException::new);
    }

    public static class NotSignedInException extends RuntimeException {
        public NotSignedInException() {
            super("not signed in");
        }
    }

    public static class NoTenantException extends RuntimeException {
        public NoTenantException() {
            super("this request has no dealer-group tenant");
        }
    }
}
