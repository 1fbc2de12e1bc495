package org.dealerplatform.competition.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;

/** A user with the judge role, assigned to one season's on-site round (by user name). */
@Entity
@Table(name = "onsite_judge")
public class Judge extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    protected Judge() {
    }

    Judge(String seasonId, String username, String assignedBy, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.username = username;
        this.assignedBy = assignedBy;
    }

    public String seasonId() {
        return seasonId;
    }

    public String username() {
        return username;
    }
}
