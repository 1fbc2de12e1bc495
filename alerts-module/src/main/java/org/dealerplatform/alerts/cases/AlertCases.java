package org.dealerplatform.alerts.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dealerplatform.alerts.deadlines.CaseDeadlines;
import org.dealerplatform.alerts.deadlines.GroupServiceLevels;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The stored cases of one dealer group. Every statement binds the tenant id the caller's token
 * gave and the shops the caller may see, so another group's alert, or another shop's for a shop
 * manager, is simply not found. A reopened case's closure deadline follows the group's service
 * levels as they are at the reopening.
 */
@ApplicationScoped
public class AlertCases {

    /** Most alerts one list answers, newest first: an inbox, not an export. */
    public static final int MOST_LISTED = 200;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    GroupServiceLevels levels;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<StoredAlert> list(String tenantId, Collection<String> shopIds, CaseStatus status) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        String sql = "select " + StoredAlert.COLUMNS + " from alert_case where tenant_id = ? and shop_id in ("
                + placeholders(shopIds.size()) + ")" + (status == null ? "" : " and status = ?")
                + " order by raised_at desc, id limit " + MOST_LISTED;
        var query = NativeSql.query(em, sql).setParameter(1, tenantId);
        int i = 2;
        for (String shop : shopIds) {
            query.setParameter(i++, shop);
        }
        if (status != null) {
            query.setParameter(i, status.name());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(StoredAlert::of).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<StoredAlert> find(String tenantId, Collection<String> shopIds, String id) {
        List<Object[]> rows = NativeSql.query(em, "select " + StoredAlert.COLUMNS
                + " from alert_case where id = ? and tenant_id = ?").setParameter(1, id).setParameter(2, tenantId)
                .getResultList();
        return rows.stream().map(StoredAlert::of).filter(a -> shopIds.contains(a.shopId())).findFirst();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<CaseStep> steps(StoredAlert alert) {
        List<Object[]> rows = NativeSql.query(em, "select from_status, to_status, at, by_user, note, reason"
                        + " from alert_step where alert_id = ? and tenant_id = ? order by step_no")
                .setParameter(1, alert.id()).setParameter(2, alert.tenantId()).getResultList();
        List<CaseStep> steps = new ArrayList<>();
        for (Object[] r : rows) {
            steps.add(new CaseStep(CaseStatus.valueOf((String) r[0]), CaseStatus.valueOf((String) r[1]),
                    InstantColumn.read(r[2]), (String) r[3], (String) r[4],
                    r[5] == null ? null : NotResolvedReason.valueOf((String) r[5])));
        }
        return steps;
    }

    /**
     * One step of the workflow on a stored case. The update is conditional on the step count read,
     * so of two people moving one case at once the second gets a conflict instead of a step built
     * on a case that no longer is. Closing erases the contact in the same transaction.
     *
     * @return whether a contact was erased by this step
     */
    @Transactional
    public boolean move(StoredAlert alert, CaseStatus to, String by, Instant now, String note, NotResolvedReason reason) {
        refuseIfWithdrawn(alert, to);
        AlertCase alertCase = CaseHistory.rebuild(alert.id(), alert.raisedAt(), steps(alert), alert.escalatedAt());
        Instant at = CaseHistory.notBeforeLatest(alertCase, now);
        alertCase.moveTo(to, by, at, note, reason);
        CaseStep step = alertCase.steps().get(alertCase.steps().size() - 1);
        CaseDeadlines deadlines = CaseDeadlines.of(alertCase, levels.of(alert.tenantId()));
        boolean erase = alertCase.status().closed() && alert.contact() != null;
        int changed = NativeSql.query(em, "update alert_case set status = ?, owner = ?, first_contact_at = ?,"
                        + " closed_at = ?, closure_due = ?, step_count = step_count + 1, updated_at = ?"
                        + " where id = ? and tenant_id = ? and step_count = ? and status <> 'WITHDRAWN'")
                .setParameter(1, alertCase.status().name()).setParameter(2, alertCase.owner().orElse(null))
                .setParameter(3, time(alertCase.firstContactAt())).setParameter(4, time(alertCase.closedAt()))
                .setParameter(5, Timestamp.from(deadlines.closureDue())).setParameter(6, Timestamp.from(at))
                .setParameter(7, alert.id()).setParameter(8, alert.tenantId()).setParameter(9, alert.stepCount())
                .executeUpdate();
        if (changed != 1) {
            throw new Conflict("to", "the case was changed meanwhile; load it again and retry");
        }
        NativeSql.query(em, "insert into alert_step (alert_id, step_no, tenant_id, from_status, to_status, at, by_user,"
                        + " note, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, alert.id()).setParameter(2, alert.stepCount() + 1).setParameter(3, alert.tenantId())
                .setParameter(4, step.from().name()).setParameter(5, step.to().name())
                .setParameter(6, Timestamp.from(step.at())).setParameter(7, step.by()).setParameter(8, step.note())
                .setParameter(9, step.reason() == null ? null : step.reason().name()).executeUpdate();
        if (erase) {
            NativeSql.query(em, "update alert_case set contact = null, contact_fingerprint = null, erased_at = ?"
                            + " where id = ? and tenant_id = ?")
                    .setParameter(1, Timestamp.from(at)).setParameter(2, alert.id()).setParameter(3, alert.tenantId())
                    .executeUpdate();
        }
        return erase;
    }

    /**
     * Gives the case to {@code owner} (checked by the caller: a user of the shop or group). A closed
     * or withdrawn case has nobody to work it, so it takes no owner until reopened.
     */
    @Transactional
    public void assign(StoredAlert alert, String owner, Instant now) {
        if (alert.status() == CaseStatus.WITHDRAWN) {
            throw new Conflict("owner", "the alert was withdrawn: its sample no longer counts");
        }
        if (alert.status().closed()) {
            throw new Conflict("owner", "the case is closed; reopen it before giving it to somebody");
        }
        int changed = NativeSql.query(em, "update alert_case set owner = ?, updated_at = ? where id = ?"
                        + " and tenant_id = ? and status = ?")
                .setParameter(1, owner).setParameter(2, Timestamp.from(now)).setParameter(3, alert.id())
                .setParameter(4, alert.tenantId()).setParameter(5, alert.status().name()).executeUpdate();
        if (changed != 1) {
            throw new Conflict("owner", "the case was changed meanwhile; load it again and retry");
        }
    }

    /** A note without a change of status; on any case, closed or withdrawn too (a later call, say). */
    @Transactional
    public CaseNote addNote(StoredAlert alert, String by, Instant now, String text) {
        AlertCase alertCase = CaseHistory.rebuild(alert.id(), alert.raisedAt(), steps(alert), alert.escalatedAt());
        Instant at = CaseHistory.notBeforeLatest(alertCase, now);
        alertCase.addNote(by, at, text);
        CaseNote note = alertCase.notes().get(alertCase.notes().size() - 1);
        NativeSql.query(em, "insert into alert_note (id, alert_id, tenant_id, at, by_user, text) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, alert.id())
                .setParameter(3, alert.tenantId()).setParameter(4, Timestamp.from(note.at())).setParameter(5, note.by())
                .setParameter(6, note.text()).executeUpdate();
        return note;
    }

    /** The case's notes, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<CaseNote> notes(StoredAlert alert) {
        List<Object[]> rows = NativeSql.query(em, "select at, by_user, text from alert_note where alert_id = ?"
                        + " and tenant_id = ? order by at, id")
                .setParameter(1, alert.id()).setParameter(2, alert.tenantId()).getResultList();
        return rows.stream().map(r -> new CaseNote(InstantColumn.read(r[0]), (String) r[1], (String) r[2])).toList();
    }

    private static void refuseIfWithdrawn(StoredAlert alert, CaseStatus to) {
        if (alert.status() == CaseStatus.WITHDRAWN) {
            throw new TransitionRefused(CaseStatus.WITHDRAWN, to, "case.refused.withdrawn",
                    "the alert was withdrawn: its sample no longer counts");
        }
    }

    private static Timestamp time(Optional<Instant> at) {
        return at.map(Timestamp::from).orElse(null);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
