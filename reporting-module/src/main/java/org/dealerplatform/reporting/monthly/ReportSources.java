package org.dealerplatform.reporting.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Label;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;

/**
 * Everything the monthly report is made of, as the integrator reads it: the shop's and the
 * nation's totals month by month (the 12 months ending with {@code month}; a missing month means no
 * samples), the dealer group's totals for the month, advisors, the latest comments, flagged samples
 * per screening reason with their labels, the competition standing if the shop is in a season, and
 * the hot-alert figures if the shop's group has the alerts module.
 * The nation is needed month by month, not only for the report month, because the trend chart
 * compares the shop's line with the nation's.
 */
public record ReportSources(ShopProfile shop, String groupName, YearMonth month,
                            SortedMap<YearMonth, ScoreTotals> shopMonths, ScoreTotals groupMonth,
                            SortedMap<YearMonth, ScoreTotals> nationMonths, List<AdvisorTotals> advisors,
                            List<CustomerComment> comments, Map<String, Long> flaggedByReason,
                            Map<String, Label> reasonLabels, Optional<Standing> standing,
                            Optional<ShopMonthReport.Alerts> alerts) {

    public ReportSources {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(month, "month");
        shopMonths = Collections.unmodifiableSortedMap(new TreeMap<>(shopMonths));
        nationMonths = Collections.unmodifiableSortedMap(new TreeMap<>(nationMonths));
        groupMonth = groupMonth == null ? ScoreTotals.NONE : groupMonth;
        advisors = List.copyOf(advisors);
        comments = List.copyOf(comments);
        flaggedByReason = Map.copyOf(flaggedByReason);
        reasonLabels = Map.copyOf(reasonLabels);
        standing = standing == null ? Optional.empty() : standing;
        alerts = alerts == null ? Optional.empty() : alerts;
    }

    /** Without alert figures: the alerts module is absent or the shop's group has not enabled it. */
    public ReportSources(ShopProfile shop, String groupName, YearMonth month,
                         SortedMap<YearMonth, ScoreTotals> shopMonths, ScoreTotals groupMonth,
                         SortedMap<YearMonth, ScoreTotals> nationMonths, List<AdvisorTotals> advisors,
                         List<CustomerComment> comments, Map<String, Long> flaggedByReason,
                         Map<String, Label> reasonLabels, Optional<Standing> standing) {
        this(shop, groupName, month, shopMonths, groupMonth, nationMonths, advisors, comments, flaggedByReason,
                reasonLabels, standing, Optional.empty());
    }

    /** An advisor of the shop and the month's totals of the samples that named them. */
    public record AdvisorTotals(String name, ScoreTotals totals) {
    }

    /** A customer's free-text comment, the day it was given and the sample's overall score if valid. */
    public record CustomerComment(String text, LocalDate date, OptionalDouble overall) {
    }
}
