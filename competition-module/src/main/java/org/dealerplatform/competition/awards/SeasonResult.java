package org.dealerplatform.competition.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;

/** A season's figures as published: valid samples, shops, brands and groups of the approved entries, their average. */
@Entity
@Table(name = "season_result")
public class SeasonResult extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "valid_samples", nullable = false, updatable = false)
    private long validSamples;

    @Column(name = "shops", nullable = false, updatable = false)
    private int shops;

    @Column(name = "brands", nullable = false, updatable = false)
    private int brands;

    @Column(name = "groups_count", nullable = false, updatable = false)
    private int groups;

    @Column(name = "national_average", updatable = false)
    private Double nationalAverage;

    protected SeasonResult() {
    }

    SeasonResult(String seasonId, long validSamples, int shops, int brands, int groups, Double nationalAverage,
                 Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.validSamples = validSamples;
        this.shops = shops;
        this.brands = brands;
        this.groups = groups;
        this.nationalAverage = nationalAverage;
    }

    public long validSamples() {
        return validSamples;
    }

    public int shops() {
        return shops;
    }

    public int brands() {
        return brands;
    }

    public int groups() {
        return groups;
    }

    public Double nationalAverage() {
        return nationalAverage;
    }
}
