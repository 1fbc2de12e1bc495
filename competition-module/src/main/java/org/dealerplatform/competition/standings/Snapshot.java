package org.dealerplatform.competition.standings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;

/**
 * A contest's standings frozen when its season closed: the whole table as published, with the
 * method and rules version it was made under. Nothing changes it afterwards (no column is
 * updatable); a later review decision moves live scores, never a snapshot.
 */
@Entity
@Table(name = "standings_snapshot")
public class Snapshot extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "snapshot_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "contest", nullable = false, updatable = false)
    private Contest contest;

    @Column(name = "taken_by", nullable = false, updatable = false)
    private String takenBy;

    @Column(name = "method_version", nullable = false, updatable = false)
    private String methodVersion;

    @Column(name = "rules_version", nullable = false, updatable = false)
    private int rulesVersion;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "draws", nullable = false, updatable = false)
    private int draws;

    @Column(name = "entries", nullable = false, updatable = false)
    private int entries;

    @Column(name = "ranked", nullable = false, updatable = false)
    private int ranked;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    protected Snapshot() {
    }

    Snapshot(StandingsTable table, int number, String takenBy, String content, Instant now) {
        super(now);
        this.seasonId = table.seasonId();
        this.number = number;
        this.contest = table.contest();
        this.takenBy = takenBy;
        this.methodVersion = table.method().version();
        this.rulesVersion = table.method().rulesVersion();
        this.seed = table.method().seed();
        this.draws = table.method().draws();
        this.entries = table.rows().size();
        this.ranked = (int) table.rows().stream().filter(r -> r.rank() != null).count();
        this.content = content;
    }

    public int number() {
        return number;
    }

    public Contest contest() {
        return contest;
    }

    public String content() {
        return content;
    }

    public Instant takenAt() {
        return createdAt();
    }

    public String takenBy() {
        return takenBy;
    }
}
