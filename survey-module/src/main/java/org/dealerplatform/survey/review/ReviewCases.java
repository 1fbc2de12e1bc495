package org.dealerplatform.survey.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.dealerplatform.core.persistence.InstantColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.review.CaseGrouping.Cause;
import org.dealerplatform.survey.review.CaseGrouping.Held;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.dealerplatform.survey.screening.Verdict;

/**
 * Files samples into review cases as they arrive, inside the sample's own transaction (on the
 * shop's tenant EntityManager). The submission pipeline calls {@link #lock} before it stores the
 * sample and {@link #file} after, before it counts the sample in the rollups.
 * <p>
 * <b>Why lock rows ({@code screening_cause}), not a unique key on the case's cause.</b> A unique
 * key on (shop, cause) of open cases would keep two cases from starting for one repair order, but
 * not the race that matters first: two samples with one new repair order arriving at once both
 * read "no earlier sample" from their snapshots and both pass as VALID. The lock row is taken
 * before the sample is stored, by every sample with a repair order or phone, flagged or not; the
 * second sample waits for the first to commit, then finds it named in the row and is a repeat of
 * it, and both end in one case. The same rows tell a suspect sample which open case its address,
 * device or ticket already feeds, without a scan. A row is taken by {@code insert ... on
 * duplicate key update}, which locks the row exclusively whether it was there or not; taking it by
 * {@code select ... for update} first would leave two transactions holding gap locks on a missing
 * row and deadlock on the insert.
 * <p>
 * <b>Lock order</b>, the same for submissions and review decisions, so that neither deadlocks the
 * other: the lock rows (repair order and phone, then ticket, device, address; each group by key),
 * the case row, the sample rows (the earlier samples flagged along), the screening rows, and last
 * the rollup rows, in ascending month. Decisions ({@link CaseQueue}, {@link ReviewQueue}) never
 * take a lock row: a row that still points at a decided case is taken over by the next suspect
 * sample.
 */
@ApplicationScoped
public class ReviewCases {

    static final String TAKE = "insert into screening_cause (cause_key, tenant_id, shop_id, kind, last_at)"
            + " values (?, ?, ?, ?, ?) on duplicate key update cause_key = cause_key";
    static final String READ = "select case_id, first_sample_id, last_at from screening_cause where cause_key = ?"
            + " for update";
    static final String WRITE = "update screening_cause set case_id = ?, first_sample_id = ?, last_at = ?"
            + " where cause_key = ?";

    /** Earlier samples flagged along with one repeat, at most (normally one: the first of the group). */
    static final int MOST_FLAGGED_ALONG = 50;

    @Inject
    Rollups rollups;

    @Inject
    AuditTrail audit;

    @Inject
    SurveySettings settings;

    /** The shareable attributes of a submission (null when absent): repair order, hashes, start ticket. */
    public record Traits(String repairOrderNo, String phoneHash, String ticket, String deviceHash, String addressHash) {

        Map<CauseKind, String> values() {
            return CaseGrouping.values(repairOrderNo, phoneHash, ticket, deviceHash, addressHash);
        }
    }

    /** What {@link #lock} found and {@link #file} needs: the rows held, and the verdict after the recheck. */
    public static final class Filing {
        private final ShopProfile shop;
        private final Traits traits;
        private final List<Held> held;
        private final Verdict verdict;

        Filing(ShopProfile shop, Traits traits, List<Held> held, Verdict verdict) {
            this.shop = shop;
            this.traits = traits;
            this.held = List.copyOf(held);
            this.verdict = verdict;
        }

        /** The verdict to store: screening's, plus a repeat only the lock row could show. */
        public Verdict verdict() {
            return verdict;
        }
    }

    /**
     * Before the sample is stored: takes the repair-order and phone rows (every sample that has
     * them), rechecks the verdict against them, and when the sample is suspect takes its ticket,
     * device and address rows too.
     */
    public Filing lock(EntityManager em, ShopProfile shop, Traits traits, Verdict verdict, Instant now) {
        ScreeningPolicy policy = settings.policy();
        Map<CauseKind, String> values = traits.values();
        List<Held> held = new ArrayList<>(take(em, shop, CaseGrouping.everySampleCauses(shop.id(), values), now));
        Verdict checked = CaseGrouping.recheck(verdict, held, policy, now);
        if (checked.status() == SampleStatus.SUSPECT) {
            held.addAll(take(em, shop, CaseGrouping.suspectOnlyCauses(shop.id(), values), now));
        }
        return new Filing(shop, traits, held, checked);
    }

    /**
     * After the sample is stored, before it is counted: a suspect sample joins the open case of its
     * most specific live cause or starts one; the earlier samples of a repeated repair order or
     * phone are flagged along into the same case (VALID → SUSPECT, moved in the rollups, which
     * fires {@code SampleCountChanged}); the lock rows remember the sample. Rollup rows are touched
     * here only for the earlier samples, in ascending month; the caller then counts this sample,
     * whose month is the latest.
     */
    public void file(EntityManager em, Filing filing, SurveyResponse sample, String comment, Instant now) {
        ScreeningPolicy policy = settings.policy();
        if (sample.status() != SampleStatus.SUSPECT) {
            for (Held h : filing.held) {
                CaseGrouping.after(h, sample.id(), null, Set.of(), policy, now).ifPresent(row -> write(em, row));
            }
            return;
        }
        ShopProfile shop = filing.shop;
        Set<String> decided = decidedAmong(em, filing.held);
        ReviewCase target = null;
        CauseKind via = null;
        Optional<Held> join = CaseGrouping.caseToJoin(filing.held, decided, policy, now);
        if (join.isPresent()) {
            ReviewCase found = em.find(ReviewCase.class, join.get().caseId(), LockModeType.PESSIMISTIC_WRITE);
            if (found != null && found.state() == ReviewCase.State.OPEN) {
                target = found;
                via = join.get().cause().kind();
            } else {
                decided.add(join.get().caseId());
            }
        }
        if (target == null) {
            target = new ReviewCase(shop.tenantId(), shop.id(), shop.name(), shop.brandCode(), shop.provinceCode(),
                    CaseGrouping.startingCause(filing.verdict), sample.submittedAt(), now);
            em.persist(target);
        }
        target.add(sample.reasons(), sample.submittedAt(), via, now);
        em.persist(screening(sample, target, shop, comment, now));
        List<SurveyResponse> along = flagAlong(em, filing, sample, target, policy, now);
        // the new rows go in now, while this transaction holds no rollup row (see the lock order)
        em.flush();
        for (Held h : filing.held) {
            CaseGrouping.after(h, sample.id(), target.id(), decided, policy, now).ifPresent(row -> write(em, row));
        }
        along.sort(Comparator.comparing(SurveyResponse::month).thenComparing(SurveyResponse::id));
        for (SurveyResponse earlier : along) {
            rollups.move(em, shop.tenantId(), earlier, SampleStatus.VALID, "flagged along with a later sample: "
                    + earlier.reasons());
            audit.recordFor(shop.tenantId(), "screening.flagged-along", "sample", earlier.id(),
                    "status: VALID → SUSPECT · " + earlier.reasons() + " · shared with a later sample · case "
                            + target.id(), null);
        }
    }

    /** The earlier samples sharing a repeated repair order or phone that nobody flagged or reviewed yet. */
    private List<SurveyResponse> flagAlong(EntityManager em, Filing filing, SurveyResponse sample, ReviewCase target,
                                           ScreeningPolicy policy, Instant now) {
        List<SurveyResponse> flagged = new ArrayList<>();
        for (CauseKind kind : List.of(CauseKind.REPAIR_ORDER, CauseKind.PHONE)) {
            Reason reason = kind.repeatReason();
            String value = filing.traits.values().get(kind);
            if (value == null || !filing.verdict.reasons().contains(reason)) {
                continue;
            }
            Duration window = kind.window(policy);
            Instant since = window == null ? null : now.minus(window);
            // the row names the first of the group even when this transaction's snapshot does not show it yet
            Set<String> ids = new LinkedHashSet<>();
            filing.held.stream().filter(h -> h.cause().kind() == kind && h.firstSampleId() != null)
                    .forEach(h -> ids.add(h.firstSampleId()));
            ids.addAll(earlierIds(em, sample.shopId(), kind == CauseKind.REPAIR_ORDER ? "repairOrderNo" : "phoneHash",
                    value, since));
            ids.remove(sample.id());
            for (String id : ids) {
                // a locking read: the current row, not the snapshot's
                SurveyResponse earlier = em.find(SurveyResponse.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (earlier == null || since != null && earlier.submittedAt().isBefore(since)
                        || !CaseGrouping.flaggedAlong(earlier.status(), earlier.reasons())
                        || !earlier.flagAlong(reason, now)) {
                    continue;
                }
                target.add(earlier.reasons(), earlier.submittedAt(), kind, now);
                em.persist(screening(earlier, target, filing.shop, earlier.comment(), now));
                flagged.add(earlier);
            }
        }
        return flagged;
    }

    private static List<String> earlierIds(EntityManager em, String shopId, String field, String value, Instant since) {
        String jpql = "select r.id from SurveyResponse r where r.shopId = :shop and r." + field + " = :value"
                + " and r.status = :valid and r.reasons = :none" + (since == null ? "" : " and r.submittedAt >= :since")
                + " order by r.submittedAt";
        var query = em.createQuery(jpql, String.class).setParameter("shop", shopId).setParameter("value", value)
                .setParameter("valid", SampleStatus.VALID).setParameter("none", "");
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.setMaxResults(MOST_FLAGGED_ALONG).getResultList();
    }

    private static ScreeningCase screening(SurveyResponse sample, ReviewCase target, ShopProfile shop, String comment,
                                           Instant now) {
        return new ScreeningCase(sample.id(), target.id(), shop.tenantId(), shop.id(), shop.name(), shop.brandCode(),
                shop.provinceCode(), sample.submittedAt(), sample.reasons(), sample.overall(), sample.durationSeconds(),
                comment, now);
    }

    /** Cases the rows name that are already decided (a plain read: a decision is never undone). */
    private static Set<String> decidedAmong(EntityManager em, List<Held> held) {
        List<String> named = held.stream().map(Held::caseId).filter(id -> id != null).distinct().toList();
        if (named.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select c.id from ReviewCase c where c.id in :ids and c.state <> :open",
                String.class).setParameter("ids", named).setParameter("open", ReviewCase.State.OPEN).getResultList());
    }

    private static List<Held> take(EntityManager em, ShopProfile shop, List<Cause> causes, Instant now) {
        List<Held> held = new ArrayList<>();
        for (Cause cause : causes) {
            NativeSql.query(em, TAKE).setParameter(1, cause.key()).setParameter(2, shop.tenantId())
                    .setParameter(3, shop.id()).setParameter(4, cause.kind().name())
                    .setParameter(5, Timestamp.from(now)).executeUpdate();
            Object[] row = (Object[]) NativeSql.query(em, READ).setParameter(1, cause.key()).getSingleResult();
            held.add(new Held(cause, (String) row[0], (String) row[1], instant(row[2])));
        }
        return held;
    }

    private static void write(EntityManager em, Held row) {
        NativeSql.query(em, WRITE).setParameter(1, row.caseId()).setParameter(2, row.firstSampleId())
                .setParameter(3, Timestamp.from(row.lastAt())).setParameter(4, row.cause().key()).executeUpdate();
    }

    /** DATETIME as the driver hands it back, read the way {@code Timestamp.from} wrote it (the JVM's zone). */
    static Instant instant(Object value) {
        return InstantColumn.read(value);
    }
}
