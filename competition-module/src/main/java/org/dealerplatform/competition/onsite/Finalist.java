package org.dealerplatform.competition.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;

/** A team in the on-site round: chosen from the frozen standings (seedRank) or added by the association with a reason. */
@Entity
@Table(name = "onsite_finalist")
public class Finalist extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private String entryId;

    @Column(name = "seed_rank", updatable = false)
    private Integer seedRank;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "reason", updatable = false)
    private String reason;

    protected Finalist() {
    }

    Finalist(String seasonId, String entryId, Integer seedRank, String addedBy, String reason, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.entryId = entryId;
        this.seedRank = seedRank;
        this.addedBy = addedBy;
        this.reason = reason;
    }

    public String seasonId() {
        return seasonId;
    }

    public String entryId() {
        return entryId;
    }

    public Integer seedRank() {
        return seedRank;
    }

    public String addedBy() {
        return addedBy;
    }

    public String reason() {
        return reason;
    }
}
