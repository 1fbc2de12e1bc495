package org.dealerplatform.competition.season;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * Reads a season's dates, months, versions and rules from request text, collecting every bad field
 * before refusing, so one answer names all of them. The entities re-check the rules between fields.
 */
public final class SeasonInput {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a date like 2026-02-01)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date like 2026-02-01"));
            return null;
        }
    }

    public YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a month like 2026-02)"));
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a month like 2026-02"));
            return null;
        }
    }

    public Set<Integer> versions(String field, List<Integer> values) {
        Set<Integer> versions = new LinkedHashSet<>();
        if (values == null) {
            return versions;
        }
        if (values.size() > 20) {
            errors.add(new FieldError(field, "must list at most 20 versions"));
        }
        for (Integer v : values) {
            if (v == null || v < 1) {
                errors.add(new FieldError(field, "must be version numbers from 1"));
                break;
            }
            versions.add(v);
        }
        return versions;
    }

    /** Rules given in the request, each omitted one taking its default (or the current value). */
    public SeasonRules rules(RulesFields in, SeasonRules base) {
        if (in == null) {
            return base;
        }
        double weight = in.onSiteWeight() == null ? base.onSiteWeight() : in.onSiteWeight();
        int finalists = in.finalists() == null ? base.finalists() : in.finalists();
        if (in.finalists() != null && in.finalists() == 0 && in.onSiteWeight() == null) {
            weight = 0; // no on-site round: its weight goes too unless the request says otherwise
        }
        return new SeasonRules(
                in.minShopSamples() == null ? base.minShopSamples() : in.minShopSamples(),
                in.minAdvisorSamples() == null ? base.minAdvisorSamples() : in.minAdvisorSamples(),
                finalists, weight,
                in.awards() == null ? base.awards() : in.awards(),
                in.maxFlaggedShare() == null ? base.maxFlaggedShare() : in.maxFlaggedShare());
    }

    public void orRefuse() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The rules part of a request; absent fields keep their value. */
    public record RulesFields(Integer minShopSamples, Integer minAdvisorSamples, Integer finalists,
                              Double onSiteWeight, Integer awards, Double maxFlaggedShare) {
    }
}
