package org.dealerplatform.alerts.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.dealerplatform.core.persistence.InstantColumn;

/**
 * One {@code alert_case} row as read, in {@link #COLUMNS} order (one list, so a read and its
 * mapping cannot drift apart). Holds the sealed contact, never an opened one.
 */
public record StoredAlert(String id, String tenantId, String shopId, String sampleId, Instant submittedAt,
                          String conditions, String reasonsZh, String reasonsEn, CaseStatus status, String owner,
                          Instant raisedAt, Instant firstContactAt, Instant closedAt, Instant firstContactDue,
                          Instant closureDue, Instant escalatedAt, int stepCount, String consentVersion,
                          Instant consentedAt, byte[] contact, Instant erasedAt) {

    static final String COLUMNS = "id, tenant_id, shop_id, sample_id, submitted_at, conditions, reasons_zh, reasons_en,"
            + " status, owner, raised_at, first_contact_at, closed_at, first_contact_due, closure_due, escalated_at,"
            + " step_count, consent_version, consented_at, contact, erased_at";

    static StoredAlert of(Object[] r) {
        return new StoredAlert((String) r[0], (String) r[1], (String) r[2], (String) r[3], InstantColumn.read(r[4]),
                (String) r[5], (String) r[6], (String) r[7], CaseStatus.valueOf((String) r[8]), (String) r[9],
                InstantColumn.read(r[10]), InstantColumn.read(r[11]), InstantColumn.read(r[12]),
                InstantColumn.read(r[13]), InstantColumn.read(r[14]), InstantColumn.read(r[15]),
                ((Number) r[16]).intValue(), (String) r[17], InstantColumn.read(r[18]), (byte[]) r[19],
                InstantColumn.read(r[20]));
    }

    /** A consented contact that is still kept: only then may it be opened. */
    public boolean hasContact() {
        return contact != null && consentVersion != null && erasedAt == null;
    }

    /** Past the deadline that matters now: first contact while OPEN, closure while CONTACTED. */
    public boolean overdueAt(Instant now) {
        return status == CaseStatus.OPEN ? now.isAfter(firstContactDue)
                : !status.closed() && now.isAfter(closureDue);
    }

    public List<String> conditionCodes() {
        return conditions.isEmpty() ? List.of() : Arrays.asList(conditions.split(","));
    }

    @Override
    public String toString() {
        return "StoredAlert[" + id + ", " + status + "]";
    }
}
