package org.dealerplatform.reporting.outbox;

import java.util.Optional;

/**
 * Whom a report is about, as the archive and the outbox key it: the shop for a shop report, the
 * dealer group (its tenant id) for a group report, {@value #NATIONAL} for the association's one.
 * The kind is part of every key beside it, so a group and a shop can never share a key.
 *
 * <p>The unsubscribe scope is what a signed link names. Unlike the subject it stands alone (the
 * token carries no kind), so group and national scopes carry a prefix that no shop id (a UUID)
 * has; a shop's scope stays its bare id, as in every link already mailed.
 */
public final class ReportSubjects {

    public static final String NATIONAL = "national";
    static final String GROUP_SCOPE = "group:";

    private ReportSubjects() {
    }

    /** The subject of a report of this kind for this group (tenant) and shop; the shop only matters for shop reports. */
    public static String of(ReportKind kind, String tenantId, String shopId) {
        String subject = switch (kind) {
            case SHOP_MONTHLY -> shopId;
            case GROUP_MONTHLY -> tenantId;
            case NATIONAL_MONTHLY -> NATIONAL;
        };
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException(kind + " report without its " + (kind == ReportKind.SHOP_MONTHLY
                    ? "shop" : "group"));
        }
        return subject;
    }

    /** The scope an unsubscribe link of this report names. */
    public static String unsubscribeScope(ReportKind kind, String subjectId) {
        return switch (kind) {
            case SHOP_MONTHLY -> subjectId;
            case GROUP_MONTHLY -> GROUP_SCOPE + subjectId;
            case NATIONAL_MONTHLY -> NATIONAL;
        };
    }

    /** Which kind of report a verified scope came from, for the unsubscribe page's wording. */
    public static ReportKind kindOfScope(String scope) {
        if (NATIONAL.equals(scope)) {
            return ReportKind.NATIONAL_MONTHLY;
        }
        return scope.startsWith(GROUP_SCOPE) ? ReportKind.GROUP_MONTHLY : ReportKind.SHOP_MONTHLY;
    }

    /** The dealer group a group scope names; empty for any other scope. */
    public static Optional<String> groupOfScope(String scope) {
        return scope.startsWith(GROUP_SCOPE) ? Optional.of(scope.substring(GROUP_SCOPE.length())) : Optional.empty();
    }
}
