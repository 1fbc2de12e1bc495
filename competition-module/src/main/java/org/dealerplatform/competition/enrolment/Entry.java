package org.dealerplatform.competition.enrolment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.StoredEntity;

/** A shop entered in a season, with the advisors it enters in the individual contest. */
@Entity
@Table(name = "competition_entry")
public class Entry extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private String shopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EntryStatus status;

    @Column(name = "enrolled_by", nullable = false, updatable = false)
    private String enrolledBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    // read in one IN query for a whole season's entries, not one query per entry
    @ElementCollection(fetch = FetchType.EAGER)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @CollectionTable(name = "competition_entry_advisor", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "advisor_id")
    private Set<String> advisorIds = new LinkedHashSet<>();

    protected Entry() {
    }

    Entry(String seasonId, String tenantId, String shopId, Set<String> advisorIds, String by, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.tenantId = tenantId;
        this.shopId = shopId;
        this.advisorIds = new LinkedHashSet<>(advisorIds);
        this.enrolledBy = by;
        this.status = EntryStatus.PENDING;
    }

    /** The association's decision on a pending entry; the reason is shown to the group. */
    void decide(boolean approve, String reason, String by, Instant now) {
        if (status != EntryStatus.PENDING) {
            throw new Conflict("decision", "this entry was already " + status.name().toLowerCase());
        }
        this.decisionReason = RuleViolation.requiredText("reason", reason, 500);
        this.status = approve ? EntryStatus.APPROVED : EntryStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = now;
        touched(now);
    }

    void withdraw(String reason, String by, Instant now) {
        if (status == EntryStatus.WITHDRAWN || status == EntryStatus.REJECTED) {
            throw new Conflict("status", "this entry is already " + status.name().toLowerCase());
        }
        this.withdrawReason = reason == null || reason.isBlank() ? null : RuleViolation.requiredText("reason", reason, 500);
        this.status = EntryStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawnAt = now;
        touched(now);
    }

    public String seasonId() {
        return seasonId;
    }

    public String tenantId() {
        return tenantId;
    }

    public String shopId() {
        return shopId;
    }

    public EntryStatus status() {
        return status;
    }

    public boolean approved() {
        return status == EntryStatus.APPROVED;
    }

    public Set<String> advisorIds() {
        return Set.copyOf(advisorIds);
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String withdrawReason() {
        return withdrawReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
