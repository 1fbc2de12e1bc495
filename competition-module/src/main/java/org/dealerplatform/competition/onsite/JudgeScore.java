package org.dealerplatform.competition.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.core.persistence.StoredEntity;

/** One judge's scores (0–100 per criterion) for one finalist, and their weighted total. */
@Entity
@Table(name = "onsite_score")
public class JudgeScore extends StoredEntity {

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private String entryId;

    @Column(name = "judge", nullable = false, updatable = false)
    private String judge;

    @Column(name = "criteria", nullable = false)
    private String criteria;

    @Column(name = "total", nullable = false)
    private double total;

    protected JudgeScore() {
    }

    JudgeScore(String seasonId, String entryId, String judge, Map<String, Integer> scores, double total, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.entryId = entryId;
        this.judge = judge;
        rescore(scores, total, now);
    }

    /** A judge may revise their scores until the round closes. */
    void rescore(Map<String, Integer> scores, double newTotal, Instant now) {
        StringBuilder text = new StringBuilder();
        scores.forEach((code, value) -> text.append(text.length() == 0 ? "" : ",").append(code).append('=').append(value));
        this.criteria = text.toString();
        this.total = newTotal;
        touched(now);
    }

    public String seasonId() {
        return seasonId;
    }

    public String entryId() {
        return entryId;
    }

    public String judge() {
        return judge;
    }

    public double total() {
        return total;
    }

    public Map<String, Integer> scores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (!criteria.isEmpty()) {
            for (String pair : criteria.split(",")) {
                String[] kv = pair.split("=");
                scores.put(kv[0], Integer.valueOf(kv[1]));
            }
        }
        return scores;
    }
}
