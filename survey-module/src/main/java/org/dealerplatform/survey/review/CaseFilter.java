package org.dealerplatform.survey.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.survey.screening.Reason;

/**
 * Which review cases to list: by state (open by default), shop, dealer group, a reason any member
 * has, and the days (in the survey time zone, both included) the case's samples fall in.
 * {@code since}/{@code until} bound the case's samples: a case is listed when it has a sample in
 * the range. Parsed from query parameters, every bad one named at once.
 */
public record CaseFilter(ReviewCase.State state, String shopId, String tenant, Reason reason, Instant since,
                         Instant until) {

    public static CaseFilter open() {
        return new CaseFilter(ReviewCase.State.OPEN, null, null, null, null, null);
    }

    public static CaseFilter parse(String status, String shopId, String tenant, String reason, String from, String to,
                                   ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        ReviewCase.State state = ReviewCase.State.OPEN;
        if (present(status)) {
            try {
                state = ReviewCase.State.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be OPEN, ACCEPTED, REJECTED or MIXED"));
            }
        }
        Reason code = null;
        if (present(reason)) {
            try {
                code = Reason.valueOf(reason.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("reason", "is not a screening reason"));
            }
        }
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (first != null && last != null && first.isAfter(last)) {
            errors.add(new FieldError("from", "must not be after 'to'"));
        }
        String shop = text("shopId", shopId, 36, errors);
        String group = text("tenant", tenant, 40, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new CaseFilter(state, shop, group, code, first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a day like 2026-03-31"));
            return null;
        }
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The JPQL condition on case {@code c} (parameters named as in {@link #bind}). */
    String where() {
        StringBuilder where = new StringBuilder("c.state = :state");
        if (shopId != null) {
            where.append(" and c.shopId = :shop");
        }
        if (tenant != null) {
            where.append(" and c.tenantId = :tenant");
        }
        if (reason != null) {
            // comma-separated codes: with the commas around, only a whole code matches (LIKE's '_' matches
            // any one character, but no two codes differ only where the other has an underscore)
            where.append(" and concat(',', concat(c.reasons, ',')) like :reason");
        }
        if (since != null) {
            where.append(" and c.lastAt >= :since");
        }
        if (until != null) {
            where.append(" and c.firstAt < :until");
        }
        return where.toString();
    }

    void bind(jakarta.persistence.Query query) {
        query.setParameter("state", state);
        if (shopId != null) {
            query.setParameter("shop", shopId);
        }
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        if (reason != null) {
            query.setParameter("reason", "%," + reason.name() + ",%");
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
    }
}
