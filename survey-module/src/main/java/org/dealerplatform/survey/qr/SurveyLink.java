package org.dealerplatform.survey.qr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * The token behind a QR code. Reached by token from anonymous requests, so this is a read model
 * with {@code tenant_id} as a plain column, not a tenant entity; lookups by shop filter by tenant
 * by hand ({@link SurveyLinks}).
 */
@Entity
@Table(name = "survey_link")
// revocation is a bulk update; a shared cache would keep serving revoked links as live
@Cache(isolation = CacheIsolationType.ISOLATED)
public class SurveyLink {

    @Id
    @Column(name = "token", length = 32)
    private String token;

    @Column(name = "tenant_id", nullable = false, length = 40)
    private String tenantId;

    @Column(name = "shop_id", nullable = false, length = 36)
    private String shopId;

    @Column(name = "advisor_id", length = 36)
    private String advisorId;

    @Column(name = "current_for", length = 80)
    private String currentFor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SurveyLink() {
    }

    public String token() {
        return token;
    }

    public String tenantId() {
        return tenantId;
    }

    public String shopId() {
        return shopId;
    }

    public String advisorId() {
        return advisorId;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
