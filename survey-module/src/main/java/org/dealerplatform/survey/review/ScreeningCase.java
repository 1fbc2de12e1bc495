package org.dealerplatform.survey.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * A SUSPECT sample waiting for (or settled by) the association's reviewer. A cross-tenant read
 * model: {@code tenant_id} is a plain column, and it holds what a reviewer needs to decide
 * without opening the group's data. The decision is recorded here: who, when, why. Every screened
 * sample is a member of one {@link ReviewCase} (its {@code caseId}; a case of one when it shares
 * nothing). Not in the shared cache, like its case.
 */
@Entity
@Table(name = "screening_case")
@org.eclipse.persistence.annotations.Cache(isolation = org.eclipse.persistence.config.CacheIsolationType.ISOLATED)
public class ScreeningCase {

    public enum State { OPEN, ACCEPTED, REJECTED }

    @Id
    @Column(name = "response_id", length = 36)
    private String responseId;
    @Column(name = "case_id", length = 36)
    private String caseId;
    @Column(name = "tenant_id", nullable = false, length = 40)
    private String tenantId;
    @Column(name = "shop_id", nullable = false, length = 36)
    private String shopId;
    @Column(name = "shop_name", nullable = false, length = 100)
    private String shopName;
    @Column(name = "brand_code", nullable = false, length = 32)
    private String brandCode;
    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "reasons", nullable = false, length = 300)
    private String reasons;
    @Column(name = "score_overall", nullable = false)
    private double overall;
    @Column(name = "duration_seconds")
    private Integer durationSeconds;
    @Column(name = "comment_excerpt", length = 200)
    private String commentExcerpt;
    @Column(name = "state", nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 500)
    private String decisionNote;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ScreeningCase() {
    }

    public ScreeningCase(String responseId, String caseId, String tenantId, String shopId, String shopName,
                         String brandCode, String provinceCode, Instant submittedAt, String reasons, double overall,
                         Integer durationSeconds, String comment, Instant now) {
        this.responseId = responseId;
        this.caseId = caseId;
        this.tenantId = tenantId;
        this.shopId = shopId;
        this.shopName = shopName;
        this.brandCode = brandCode;
        this.provinceCode = provinceCode;
        this.submittedAt = submittedAt;
        this.reasons = reasons;
        this.overall = overall;
        this.durationSeconds = durationSeconds;
        this.commentExcerpt = comment == null ? null : comment.substring(0, Math.min(comment.length(), 200));
        this.state = State.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void decide(boolean accept, String by, String note, Instant now) {
        if (state != State.OPEN) {
            throw new Conflict(null, "this sample was already " + state.name().toLowerCase()
                    + " by " + decidedBy);
        }
        decisionNote = RuleViolation.requiredText("reason", note, 500);
        state = accept ? State.ACCEPTED : State.REJECTED;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    public String responseId() { return responseId; }
    public String caseId() { return caseId; }
    public String tenantId() { return tenantId; }
    public String shopId() { return shopId; }
    public String shopName() { return shopName; }
    public String brandCode() { return brandCode; }
    public String provinceCode() { return provinceCode; }
    public Instant submittedAt() { return submittedAt; }
    public String reasons() { return reasons; }
    public double overall() { return overall; }
    public Integer durationSeconds() { return durationSeconds; }
    public String commentExcerpt() { return commentExcerpt; }
    public State state() { return state; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
