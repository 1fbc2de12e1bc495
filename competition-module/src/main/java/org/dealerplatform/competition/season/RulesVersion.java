package org.dealerplatform.competition.season;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;

/** One version of a season's rules, with who set it and, after enrolment opened, why. */
@Entity
@Table(name = "season_rules")
public class RulesVersion extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "rules_version", nullable = false, updatable = false)
    private int number;

    @Embedded
    private SeasonRules rules;

    @Column(name = "reason")
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected RulesVersion() {
    }

    RulesVersion(String seasonId, int number, SeasonRules rules, String reason, String changedBy, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.number = number;
        this.rules = rules;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    /** Only a draft season's first version is edited in place. */
    void replace(SeasonRules newRules, String by, Instant now) {
        this.rules = newRules;
        this.changedBy = by;
        touched(now);
    }

    public String seasonId() {
        return seasonId;
    }

    public int number() {
        return number;
    }

    public SeasonRules rules() {
        return rules;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }
}
