package org.dealerplatform.survey.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.StoredEntity;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Suspect samples of one shop that share a cause, reviewed together: 300 junk answers from one
 * address are one case of 300, not 300 cases. A cross-tenant read model like {@link ScreeningCase}
 * ({@code tenant_id} a plain column); each member sample keeps its own {@link ScreeningCase}, so a
 * reviewer can still decide one sample alone. The case is decided when no member is open: by one
 * decision for all ({@link #decide}), or member by member ({@link #memberDecided}).
 * <p>
 * Not in EclipseLink's shared cache: its counts change in other nodes' transactions, and the queue
 * must show what the database holds.
 */
@Entity
@Table(name = "review_case")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ReviewCase extends StoredEntity {

    /** {@code MIXED}: members decided one by one, some accepted and some rejected. */
    public enum State { OPEN, ACCEPTED, REJECTED, MIXED }

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
    /** What the members share; null while the case has one sample that shares nothing yet. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cause", length = 16)
    private CauseKind cause;
    @Column(name = "reasons", nullable = false, length = 300)
    private String reasons;
    @Column(name = "sample_count", nullable = false)
    private int sampleCount;
    @Column(name = "open_count", nullable = false)
    private int openCount;
    @Column(name = "accepted_count", nullable = false)
    private int acceptedCount;
    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;
    @Column(name = "first_at", nullable = false)
    private Instant firstAt;
    @Column(name = "last_at", nullable = false)
    private Instant lastAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    protected ReviewCase() {
    }

    /** An empty open case of the shop; its samples come with {@link #add}. */
    public ReviewCase(String tenantId, String shopId, String shopName, String brandCode, String provinceCode,
                      CauseKind cause, Instant firstAt, Instant now) {
        super(now);
        this.tenantId = tenantId;
        this.shopId = shopId;
        this.shopName = shopName;
        this.brandCode = brandCode;
        this.provinceCode = provinceCode;
        this.cause = cause;
        this.reasons = "";
        this.firstAt = firstAt;
        this.lastAt = firstAt;
        this.state = State.OPEN;
    }

    /**
     * One more suspect sample sharing {@code via} with the case (null: the sample that starts it).
     * A case without a cause takes the first one its members share.
     */
    public void add(String sampleReasons, Instant submittedAt, CauseKind via, Instant now) {
        if (state != State.OPEN) {
            throw new Conflict(null, "this case was already decided; a new sample starts a new case");
        }
        sampleCount++;
        openCount++;
        reasons = CaseGrouping.mergeReasons(reasons, sampleReasons);
        if (cause == null) {
            cause = via;
        }
        if (submittedAt.isBefore(firstAt)) {
            firstAt = submittedAt;
        }
        if (submittedAt.isAfter(lastAt)) {
            lastAt = submittedAt;
        }
        touched(now);
    }

    /**
     * Decides every open member with one reason. Returns how many that is; a second decision is a
     * conflict that names the first reviewer.
     */
    public int decide(boolean accept, String by, String note, Instant now) {
        String reason = RuleViolation.requiredText("reason", note, 500);
        requireOpen();
        int decided = openCount;
        if (accept) {
            acceptedCount += decided;
        } else {
            rejectedCount += decided;
        }
        openCount = 0;
        state = accept ? State.ACCEPTED : State.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = reason;
        touched(now);
        return decided;
    }

    /** One member was decided on its own; when it was the last open one, the case is decided too. */
    public void memberDecided(boolean accepted, String by, Instant now) {
        requireOpen();
        if (openCount <= 0) {
            throw new IllegalStateException("case " + id() + " has no open sample left");
        }
        openCount--;
        if (accepted) {
            acceptedCount++;
        } else {
            rejectedCount++;
        }
        if (openCount == 0) {
            state = rejectedCount == 0 ? State.ACCEPTED : acceptedCount == 0 ? State.REJECTED : State.MIXED;
            decidedBy = by;
            decidedAt = now;
        }
        touched(now);
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new Conflict(null, "this case was already " + state.name().toLowerCase()
                    + (decidedBy == null ? "" : " by " + decidedBy));
        }
    }

    public String tenantId() { return tenantId; }
    public String shopId() { return shopId; }
    public String shopName() { return shopName; }
    public String brandCode() { return brandCode; }
    public String provinceCode() { return provinceCode; }
    public CauseKind cause() { return cause; }
    public String reasons() { return reasons; }
    public int sampleCount() { return sampleCount; }
    public int openCount() { return openCount; }
    public int acceptedCount() { return acceptedCount; }
    public int rejectedCount() { return rejectedCount; }
    public Instant firstAt() { return firstAt; }
    public Instant lastAt() { return lastAt; }
    public State state() { return state; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
