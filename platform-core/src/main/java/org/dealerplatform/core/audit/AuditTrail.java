package org.dealerplatform.core.audit;

import jakarta.enterprise.context.ApplicationScoped;

/** PLACEHOLDER signature; the audit trail is being built. */
@ApplicationScoped
public class AuditTrail {

    /**
     * Records one action of the current caller (user, role, tenant taken from the verified caller;
     * "system" when there is none), in the caller's transaction.
     */
    public void record(String action, String objectType, String objectId, String summary, String reason) {
    }
}
