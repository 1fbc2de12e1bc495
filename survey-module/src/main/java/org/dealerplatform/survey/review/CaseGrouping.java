package org.dealerplatform.survey.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.dealerplatform.survey.screening.Verdict;

/**
 * The rules that put suspect samples into review cases, as pure functions of what the lock rows
 * ({@code screening_cause}) hold; {@link ReviewCases} reads and writes the rows, these decide.
 * <ul>
 * <li>Each shareable attribute of a sample (repair order, phone hash, ticket, device hash, address
 * hash) is one cause, keyed per shop.</li>
 * <li>A cause is <em>live</em> while a sample carried it within its window ({@link CauseKind#window}).</li>
 * <li>A live repair-order or phone row that names an earlier sample is a repeat, even when the
 * snapshot the screening counts read did not show that sample yet.</li>
 * <li>A suspect sample joins the open case of its most specific live cause; with none, it starts a
 * case of one. A cause whose case was decided starts afresh with the next suspect sample.</li>
 * </ul>
 */
public final class CaseGrouping {

    private CaseGrouping() {
    }

    /** One attribute of one shop's sample; {@code key} is what the lock row is found by. */
    public record Cause(CauseKind kind, String key) {
    }

    /** A lock row as found under its lock (case and first sample null for a row just made). */
    public record Held(Cause cause, String caseId, String firstSampleId, Instant lastAt) {

        boolean fresh() {
            return caseId == null && firstSampleId == null;
        }
    }

    /*
     * Rows are locked in one global order, which keeps concurrent submissions from deadlocking on
     * them: first the repair order and phone of every sample, then (once a sample is known to be
     * suspect) its ticket, device and address; within each group by key.
     */

    /** Repair order and phone: locked for every sample that has them, before the sample is stored. */
    public static List<Cause> everySampleCauses(String shopId, Map<CauseKind, String> values) {
        return of(shopId, values, true);
    }

    /** Ticket, device and address: locked only once the sample is known to be suspect. */
    public static List<Cause> suspectOnlyCauses(String shopId, Map<CauseKind, String> values) {
        return of(shopId, values, false);
    }

    private static List<Cause> of(String shopId, Map<CauseKind, String> values, boolean everySample) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .filter(e -> e.getKey().lockedForEverySample() == everySample)
                .map(e -> new Cause(e.getKey(), key(shopId, e.getKey(), e.getValue())))
                .sorted(Comparator.comparing(Cause::key)).toList();
    }

    /** The attributes of a sample by kind, absent ones left out. */
    public static Map<CauseKind, String> values(String repairOrderNo, String phoneHash, String ticket,
                                                String deviceHash, String addressHash) {
        Map<CauseKind, String> values = new EnumMap<>(CauseKind.class);
        put(values, CauseKind.REPAIR_ORDER, repairOrderNo);
        put(values, CauseKind.PHONE, phoneHash);
        put(values, CauseKind.TICKET, ticket);
        put(values, CauseKind.DEVICE, deviceHash);
        put(values, CauseKind.ADDRESS, addressHash);
        return values;
    }

    private static void put(Map<CauseKind, String> values, CauseKind kind, String value) {
        if (value != null && !value.isBlank()) {
            values.put(kind, value);
        }
    }

    /** Per shop and kind; the value itself (a repair order, a hash) is not stored in the key. */
    public static String key(String shopId, CauseKind kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((shopId + "|" + kind.name() + "|" + value).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row that a sample carried within its window. */
    public static boolean live(Held held, ScreeningPolicy policy, Instant now) {
        if (held.fresh() || held.lastAt() == null) {
            return false;
        }
        Duration window = held.cause().kind().window(policy);
        return window == null || !held.lastAt().isBefore(now.minus(window));
    }

    /**
     * The verdict once the rows are locked: a live repair-order or phone row that names an earlier
     * sample makes this one a repeat. (The row is taken before the sample is stored, so the sample
     * it names is never this one.)
     */
    public static Verdict recheck(Verdict verdict, List<Held> held, ScreeningPolicy policy, Instant now) {
        Verdict result = verdict;
        for (Held h : held) {
            Reason repeat = h.cause().kind().repeatReason();
            if (repeat != null && h.firstSampleId() != null && live(h, policy, now)) {
                result = result.with(repeat);
            }
        }
        return result;
    }

    /**
     * The row whose case a suspect sample joins: its most specific live cause, when that names a
     * case not known to be decided. Empty: the sample starts a new case, also when its most specific
     * cause has no open case: a repair order or phone whose earlier sample has none yet (the sample
     * and that earlier one are a group of their own, not members of a weaker cause's case such as
     * everyone's on the shop's network), or one whose case was decided (the cause starts afresh).
     * The caller still locks the case and starts a new one if it turns out decided after all.
     */
    public static Optional<Held> caseToJoin(List<Held> held, Set<String> decidedCases, ScreeningPolicy policy,
                                            Instant now) {
        return held.stream().filter(h -> live(h, policy, now))
                .min(Comparator.comparing((Held h) -> h.cause().kind()))
                .filter(h -> h.caseId() != null && !decidedCases.contains(h.caseId()));
    }

    /** The cause a new case starts with: the most specific one the first sample's reasons name, else none yet. */
    public static CauseKind startingCause(Verdict verdict) {
        return verdict.reasons().stream().map(CauseKind::of).filter(k -> k != null).min(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * What a row holds after a sample was filed: {@code caseId} is the case the sample is in (null
     * for a sample that went to no case). A row that was not live starts with this sample; a live
     * row without a case, or with this case, or with a decided one, now feeds this case; a live row
     * feeding another open case stays with it (this sample does not extend that case's window).
     * Returns empty when the row does not change.
     */
    public static Optional<Held> after(Held held, String sampleId, String caseId, Set<String> decidedCases,
                                       ScreeningPolicy policy, Instant now) {
        if (!live(held, policy, now)) {
            return Optional.of(new Held(held.cause(), caseId, sampleId, now));
        }
        if (held.caseId() == null || held.caseId().equals(caseId)) {
            return Optional.of(new Held(held.cause(), caseId, held.firstSampleId(), now));
        }
        if (decidedCases.contains(held.caseId())) {
            return caseId == null ? Optional.empty() : Optional.of(new Held(held.cause(), caseId, sampleId, now));
        }
        return Optional.empty();
    }

    /**
     * Whether an earlier sample sharing a repeated repair order or phone is flagged along with the
     * later one: only a VALID sample that screening never flagged and nobody reviewed (a sample a
     * reviewer accepted keeps its reasons, and the decision stands).
     */
    public static boolean flaggedAlong(SampleStatus status, String reasons) {
        return status == SampleStatus.VALID && (reasons == null || reasons.isBlank());
    }

    /** The reasons of a case: every reason of its samples, once each, in the order first seen. */
    public static String mergeReasons(String caseReasons, String sampleReasons) {
        Set<String> all = new LinkedHashSet<>(Verdict.parseCodes(caseReasons));
        all.addAll(Verdict.parseCodes(sampleReasons));
        String merged = all.stream().filter(r -> !r.isBlank()).collect(Collectors.joining(","));
        if (merged.length() <= 300) {
            return merged;
        }
        int cut = merged.lastIndexOf(',', 300);
        return merged.substring(0, cut > 0 ? cut : 300);
    }
}
