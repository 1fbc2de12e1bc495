package org.dealerplatform.competition.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.StoredEntity;

/** One criterion of the on-site rubric with its weight (the season's weights sum to 1). */
@Entity
@Table(name = "onsite_criterion")
public class Criterion extends StoredEntity {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "label_zh", nullable = false)
    private String labelZh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "weight", nullable = false)
    private double weight;

    @Column(name = "position", nullable = false)
    private int position;

    protected Criterion() {
    }

    Criterion(String seasonId, String code, String labelZh, String labelEn, double weight, int position, Instant now) {
        super(now);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("criteria", "codes are lower-case letters, digits or '-', e.g. process");
        }
        if (Double.isNaN(weight) || weight <= 0 || weight > 1) {
            throw new RuleViolation("criteria", "each weight must be above 0 and at most 1");
        }
        this.seasonId = seasonId;
        this.code = code;
        this.labelZh = RuleViolation.requiredText("criteria", labelZh, 100);
        this.labelEn = RuleViolation.requiredText("criteria", labelEn, 100);
        this.weight = weight;
        this.position = position;
    }

    public String seasonId() {
        return seasonId;
    }

    public String code() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public double weight() {
        return weight;
    }

    public int position() {
        return position;
    }
}
