package org.dealerplatform.competition.season;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * The rules an entry is judged by. Defaults are the association's reference programme: 50 valid
 * samples for a shop and 20 for an advisor, 20 finalists, the on-site round weighing 30 % of the
 * team result, 10 awards per contest, entries with more than 20 % flagged samples held for review.
 */
@Embeddable
public class SeasonRules {

    public static final int DEFAULT_MIN_SHOP_SAMPLES = 50;
    public static final int DEFAULT_MIN_ADVISOR_SAMPLES = 20;
    public static final int DEFAULT_FINALISTS = 20;
    public static final double DEFAULT_ONSITE_WEIGHT = 0.30;
    public static final int DEFAULT_AWARDS = 10;
    public static final double DEFAULT_MAX_FLAGGED_SHARE = 0.20;

    @Column(name = "min_shop_samples", nullable = false)
    private int minShopSamples;

    @Column(name = "min_advisor_samples", nullable = false)
    private int minAdvisorSamples;

    @Column(name = "finalists", nullable = false)
    private int finalists;

    @Column(name = "onsite_weight", nullable = false)
    private double onSiteWeight;

    @Column(name = "awards", nullable = false)
    private int awards;

    @Column(name = "max_flagged_share", nullable = false)
    private double maxFlaggedShare;

    protected SeasonRules() {
    }

    public SeasonRules(int minShopSamples, int minAdvisorSamples, int finalists, double onSiteWeight, int awards,
                       double maxFlaggedShare) {
        this.minShopSamples = within("minShopSamples", minShopSamples, 1, 100_000);
        this.minAdvisorSamples = within("minAdvisorSamples", minAdvisorSamples, 1, 100_000);
        this.finalists = within("finalists", finalists, 0, 200);
        this.awards = within("awards", awards, 1, 100);
        if (Double.isNaN(onSiteWeight) || onSiteWeight < 0 || onSiteWeight > 1) {
            throw new RuleViolation("onSiteWeight", "must be a share from 0 to 1 (0.3 = 30 %)");
        }
        if (Double.isNaN(maxFlaggedShare) || maxFlaggedShare < 0 || maxFlaggedShare > 1) {
            throw new RuleViolation("maxFlaggedShare", "must be a share from 0 to 1 (0.2 = 20 %)");
        }
        if (finalists > 0 && finalists < awards) {
            throw new RuleViolation("finalists", "must be 0 (no on-site round) or at least the number of awards");
        }
        if (finalists == 0 && onSiteWeight > 0) {
            throw new RuleViolation("onSiteWeight", "must be 0 when there is no on-site round");
        }
        this.onSiteWeight = onSiteWeight;
        this.maxFlaggedShare = maxFlaggedShare;
    }

    public static SeasonRules defaults() {
        return new SeasonRules(DEFAULT_MIN_SHOP_SAMPLES, DEFAULT_MIN_ADVISOR_SAMPLES, DEFAULT_FINALISTS,
                DEFAULT_ONSITE_WEIGHT, DEFAULT_AWARDS, DEFAULT_MAX_FLAGGED_SHARE);
    }

    private static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(field, "must be from " + min + " to " + max);
        }
        return value;
    }

    public int minShopSamples() {
        return minShopSamples;
    }

    public int minAdvisorSamples() {
        return minAdvisorSamples;
    }

    public int finalists() {
        return finalists;
    }

    public boolean hasOnSiteRound() {
        return finalists > 0;
    }

    public double onSiteWeight() {
        return onSiteWeight;
    }

    public int awards() {
        return awards;
    }

    public double maxFlaggedShare() {
        return maxFlaggedShare;
    }

    public boolean sameAs(SeasonRules o) {
        return minShopSamples == o.minShopSamples && minAdvisorSamples == o.minAdvisorSamples
                && finalists == o.finalists && onSiteWeight == o.onSiteWeight && awards == o.awards
                && maxFlaggedShare == o.maxFlaggedShare;
    }

    /** For the audit trail: the rules in one line. */
    public String describe() {
        return "minShopSamples=" + minShopSamples + ", minAdvisorSamples=" + minAdvisorSamples + ", finalists="
                + finalists + ", onSiteWeight=" + onSiteWeight + ", awards=" + awards + ", maxFlaggedShare="
                + maxFlaggedShare;
    }
}
