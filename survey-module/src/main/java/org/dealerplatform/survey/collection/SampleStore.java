package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.qr.SurveyLink;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.questionnaire.Questionnaires;
import org.dealerplatform.survey.evidence.ShopNetworks;
import org.dealerplatform.survey.review.ReviewCases;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.scoring.Scoring;
import org.dealerplatform.survey.screening.SampleFacts;
import org.dealerplatform.survey.screening.Screening;
import org.dealerplatform.survey.screening.Verdict;

/**
 * Stores one submission in one transaction on the shop's tenant: validate, replay a known
 * idempotency key, screen, store the sample, count it in the rollup, queue it for review when
 * SUSPECT. The transaction commits before the customer is thanked; anything that fails rolls
 * all of it back, so nothing is half-written.
 */
@ApplicationScoped
public class SampleStore {

    @Inject
    TenantTransaction transaction;

    @Inject
    SurveyedShops shops;

    @Inject
    Questionnaires questionnaires;

    @Inject
    SurveySecrets secrets;

    @Inject
    StartTickets tickets;

    @Inject
    RateLimits rateLimits;

    @Inject
    TicketUses ticketUses;

    @Inject
    Rollups rollups;

    @Inject
    ReviewCases cases;

    @Inject
    ShopNetworks networks;

    @Inject
    SurveySettings settings;

    Clock clock = Clock.systemUTC();

    /**
     * Checks and scores a submission and establishes what screening knows without reading other
     * samples (shop, questionnaire, ticket, rate windows, the shop's own networks). Reads only
     * remembered or tenant data; writes nothing.
     */
    @Transactional
    public Arrival arrive(SurveyLink link, SurveyInput input, Visitor visitor) {
        ShopProfile shop = shopOf(link);
        Questionnaire questionnaire = questionnaireOf(input);
        Submission submission = validated(link, input, questionnaire);
        String phoneHash = phoneHash(link, submission);
        String requestHash = requestHash(submission, phoneHash, questionnaire);
        // keyed per dealer group: equal within the shop's group (repeat and burst windows), unlinkable across groups
        String deviceHash = visitor.deviceId() == null ? null : secrets.hash(link.tenantId(), "device", visitor.deviceId());
        String addressHash = visitor.address() == null ? null : secrets.hash(link.tenantId(), "address", visitor.address());
        StartTicket ticket = tickets.read(submission.ticket(), link.token());
        Answered answered = new Answered(submission, shop, questionnaire, link.token(), deviceHash, phoneHash,
                addressHash, ticket.durationSeconds(), visitor.idempotencyKey(), requestHash);
        Instant now = Instant.now(clock);
        return new Arrival(link, answered, Scoring.score(questionnaire, submission.answers(), submission.recommend()),
                ticket, visitor, shops.collecting(shop), rateLimits.overLimit(visitor),
                networks.fromShopNetwork(link.tenantId(), shop.id(), visitor.address()), now, month(now));
    }

    /**
     * Stores one arrival in its own transaction: screen against the stored samples, claim the
     * ticket, take the review-case lock rows, store, count. For what {@link SampleBatches} does not
     * take (repair orders, phones, anything suspect) and whatever a batch hands back.
     */
    @Transactional
    public Outcome store(Arrival arrival) {
        SurveyLink link = arrival.link();
        Answered answered = arrival.answered();
        Submission submission = arrival.submission();
        ShopProfile shop = answered.shop();
        EntityManager em = transaction.entityManagerFor(link.tenantId());
        // a repeated key is rare: the unique key finds it at insert (DuplicateSubmission), no lookup first
        Instant now = arrival.arrivedAt();
        Verdict screened = new Screening(settings.policy()).judge(facts(em, arrival));
        // review cases: lock rows first (a repeat the counts above could not see yet), see ReviewCases
        ReviewCases.Filing filing = cases.lock(em, shop, new ReviewCases.Traits(submission.repairOrderNo(),
                answered.phoneHash(), submission.ticket(), answered.deviceHash(), answered.addressHash()), screened, now);
        Verdict verdict = filing.verdict();
        SurveyResponse sample = new SurveyResponse(answered, arrival.score(), verdict, arrival.month(), now);
        if (arrival.fromShopNetwork()) {
            sample.sentFromShopNetwork();
        }
        em.persist(sample);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Conflicts.isDuplicate(e)) {
                throw new DuplicateSubmission();
            }
            throw e;
        }
        // before the count: the case, and earlier samples flagged along, lock ahead of the rollup rows
        cases.file(em, filing, sample, submission.comment(), now);
        rollups.count(em, link.tenantId(), sample);
        return new Outcome(sample.id(), verdict.status().name(), Verdict.parseCodes(verdict.reasonCodes()), false);
    }

    /** The stored result for a key whose first request won a race; same body or 422. */
    @Transactional
    public Outcome replay(SurveyLink link, SurveyInput input, Visitor visitor) {
        EntityManager em = transaction.entityManagerFor(link.tenantId());
        Questionnaire questionnaire = questionnaireOf(input);
        Submission submission = validated(link, input, questionnaire);
        String requestHash = requestHash(submission, phoneHash(link, submission), questionnaire);
        SurveyResponse earlier = byKey(em, link.shopId(), visitor.idempotencyKey()).orElseThrow();
        return replay(earlier, requestHash);
    }

    private String phoneHash(SurveyLink link, Submission submission) {
        return submission.phone() == null ? null : secrets.hash(link.tenantId(), "phone", submission.phone());
    }

    /** What an idempotency key is bound to: the answers as given, the phone only as its hash. */
    private static String requestHash(Submission submission, String phoneHash, Questionnaire questionnaire) {
        return sha256(submission.canonical(phoneHash, questionnaire.version()));
    }

    /** Checked against the questionnaire answered; an advisor code fills in its advisor. */
    private Submission validated(SurveyLink link, SurveyInput input, Questionnaire questionnaire) {
        Submission submission = input.validate(questionnaire,
                advisor -> catalog().advisorOfTenant(link.tenantId(), link.shopId(), advisor).isPresent());
        return link.advisorId() != null && submission.advisorId() == null
                ? withAdvisor(submission, link.advisorId()) : submission;
    }

    private static Outcome replay(SurveyResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiException(422, "Unprocessable Content",
                    "this Idempotency-Key was already used for different answers; use a new key for a new submission");
        }
        return new Outcome(earlier.id(), earlier.status().name(), Verdict.parseCodes(earlier.reasons()), true);
    }

    /** What the sender controls is checked on the sender (address, device, ticket), never on the shop. */
    private SampleFacts facts(EntityManager em, Arrival arrival) {
        Answered a = arrival.answered();
        String shopId = a.shop().id();
        Instant now = arrival.arrivedAt();
        Instant repeatSince = now.minus(Duration.ofDays(settings.policy().repeatDays()));
        Instant burstSince = now.minus(Duration.ofMinutes(settings.policy().burstMinutes()));
        StartTicket ticket = arrival.ticket();
        return arrival.facts(count(em, shopId, "deviceHash", a.deviceHash(), repeatSince, 1),
                count(em, shopId, "phoneHash", a.phoneHash(), repeatSince, 1),
                count(em, shopId, "repairOrderNo", a.submission().repairOrderNo(), null, 1),
                count(em, shopId, "addressHash", arrival.visitor().exempt() ? null : a.addressHash(), burstSince,
                        settings.policy().burstCount()),
                ticket.good() && !ticketUses.firstUse(em, ticket, a.idempotencyKey()));
    }

    /**
     * Earlier samples of the shop sharing one fact, counted up to {@code enough} (the rules only ask
     * "any?" or "at least n?"), so a flood from one address costs an index peek, not a scan.
     * The tenant EntityManager adds the tenant filter.
     */
    private static long count(EntityManager em, String shopId, String field, String value, Instant since, int enough) {
        if (value == null) {
            return 0;
        }
        String jpql = "select r.id from SurveyResponse r where r.shopId = :shop and r." + field + " = :value"
                + (since == null ? "" : " and r.submittedAt >= :since");
        var query = em.createQuery(jpql, String.class).setParameter("shop", shopId).setParameter("value", value);
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.setMaxResults(enough).getResultList().size();
    }

    private ShopProfile shopOf(SurveyLink link) {
        return shops.of(link.tenantId(), link.shopId()).orElseThrow(() -> new NotFound("survey"));
    }

    private Questionnaire questionnaireOf(SurveyInput input) {
        String version = input.questionnaireVersion();
        if (version == null || version.isBlank()) {
            return questionnaires.current();
        }
        try {
            return questionnaires.published(Integer.parseInt(version.strip()))
                    .orElseThrow(() -> ApiException.invalid("questionnaireVersion", "is not a published version"));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("questionnaireVersion", "must be a version number");
        }
    }

    private static Optional<SurveyResponse> byKey(EntityManager em, String shopId, String key) {
        return em.createQuery("select r from SurveyResponse r where r.shopId = :shop and r.idempotencyKey = :key",
                SurveyResponse.class).setParameter("shop", shopId).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private static Submission withAdvisor(Submission s, String advisorId) {
        return new Submission(s.answers(), s.recommend(), s.visitType(), advisorId, s.repairOrderNo(), s.comment(),
                s.phone(), s.ticket(), s.complaint());
    }

    private String month(Instant now) {
        return DateTimeFormatter.ofPattern("yyyy-MM").format(now.atZone(settings.zone()));
    }

    private ShopCatalog catalog() {
        return shops.catalog();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
