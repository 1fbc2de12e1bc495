package org.dealerplatform.survey.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.Map;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.tenancy.TenantAwareEntity;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.Verdict;

/**
 * One customer's answers for one shop visit: a tenant's data. Kept whatever screening says;
 * scores are computed once, with the questionnaire version answered, and stored with the sample
 * so that rollups can always be rebuilt from these rows alone.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends TenantAwareEntity {

    @Column(name = "shop_id", nullable = false, length = 36)
    private String shopId;
    @Column(name = "advisor_id", length = 36)
    private String advisorId;
    @Column(name = "link_token", nullable = false, length = 32)
    private String linkToken;
    @Column(name = "questionnaire_version", nullable = false)
    private int questionnaireVersion;
    @Column(name = "brand_code", nullable = false, length = 32)
    private String brandCode;
    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false, length = 16)
    private VisitType visitType;
    @Column(name = "answers", nullable = false, length = 2000)
    private String answers;
    @Column(name = "nps")
    private Integer recommend;
    @Column(name = "score_overall", nullable = false)
    private double overall;
    @Column(name = "score_advisor")
    private Double advisorScore;
    @Column(name = "score_time")
    private Double timeScore;
    @Column(name = "score_quality")
    private Double qualityScore;
    @Column(name = "score_price")
    private Double priceScore;
    @Column(name = "score_facilities")
    private Double facilitiesScore;
    @Column(name = "comment_text", length = 1000)
    private String comment;
    /** The customer marked the comment as a complaint; a condition of the hot-alert rule. */
    @Column(name = "complaint", nullable = false)
    private boolean complaint;
    @Column(name = "repair_order_no", length = 40)
    private String repairOrderNo;
    @Column(name = "device_hash", length = 64)
    private String deviceHash;
    @Column(name = "phone_hash", length = 64)
    private String phoneHash;
    @Column(name = "address_hash", length = 64)
    private String addressHash;
    @Column(name = "duration_seconds")
    private Integer durationSeconds;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SampleStatus status;
    @Column(name = "reasons", nullable = false, length = 300)
    private String reasons;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "month", nullable = false, length = 7)
    private String month;
    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;
    /** Sent from an address range the group registered for the shop; the address itself is never kept. */
    @Column(name = "from_shop_network", nullable = false)
    private boolean fromShopNetwork;

    protected SurveyResponse() {
    }

    SurveyResponse(Answered answered, SampleScore score, Verdict verdict, String month, Instant now) {
        super(now);
        Submission s = answered.submission();
        this.shopId = answered.shop().id();
        this.advisorId = s.advisorId();
        this.linkToken = answered.linkToken();
        this.questionnaireVersion = answered.questionnaire().version();
        this.brandCode = answered.shop().brandCode();
        this.provinceCode = answered.shop().provinceCode();
        this.visitType = s.visitType();
        this.answers = s.answersJson();
        this.recommend = s.recommend();
        this.overall = score.overall();
        this.advisorScore = score.dimensions().get(Dimension.ADVISOR);
        this.timeScore = score.dimensions().get(Dimension.TIME);
        this.qualityScore = score.dimensions().get(Dimension.QUALITY);
        this.priceScore = score.dimensions().get(Dimension.PRICE);
        this.facilitiesScore = score.dimensions().get(Dimension.FACILITIES);
        this.comment = s.comment();
        this.complaint = s.complaint();
        this.repairOrderNo = s.repairOrderNo();
        this.deviceHash = answered.deviceHash();
        this.phoneHash = answered.phoneHash();
        this.addressHash = answered.addressHash();
        this.durationSeconds = answered.durationSeconds();
        this.status = verdict.status();
        this.reasons = verdict.reasonCodes();
        this.submittedAt = now;
        this.month = month;
        this.idempotencyKey = answered.idempotencyKey();
        this.requestHash = answered.requestHash();
    }

    /** The association's reviewer settles a SUSPECT sample: it becomes VALID or INVALID; reasons stay. */
    public void settle(boolean accepted, Instant now) {
        if (status != SampleStatus.SUSPECT) {
            throw new Conflict(null, "only a SUSPECT sample can be reviewed; this one is " + status);
        }
        status = accepted ? SampleStatus.VALID : SampleStatus.INVALID;
        touched(now);
    }

    /**
     * A later sample repeated this one's repair order or phone: the group goes to review together,
     * so this one is not trusted by default either. Only a VALID sample that screening never
     * flagged and nobody reviewed (an accepted sample keeps its reasons, and the decision stands).
     * Returns whether it was flagged; the caller moves it in the rollups.
     */
    public boolean flagAlong(Reason reason, Instant now) {
        if (status != SampleStatus.VALID || !reasons.isEmpty() || reason.severity() != SampleStatus.SUSPECT) {
            return false;
        }
        status = SampleStatus.SUSPECT;
        reasons = reason.name();
        touched(now);
        return true;
    }

    /** Set before the sample is stored, when the sender's address lies in the shop's registered ranges. */
    /**
     * Every mapped column with its value, for the group-commit writer's plain JDBC insert
     * ({@link BatchStatements}); one list, so the insert's columns and values cannot drift apart,
     * and {@code SurveyResponseRowTest} checks it names exactly the mapped columns. The version
     * starts at 1, as EclipseLink starts it.
     */
    Map<String, Object> row(String tenantId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id());
        row.put("tenant_id", tenantId);
        row.put("shop_id", shopId);
        row.put("advisor_id", advisorId);
        row.put("link_token", linkToken);
        row.put("questionnaire_version", questionnaireVersion);
        row.put("brand_code", brandCode);
        row.put("province_code", provinceCode);
        row.put("visit_type", visitType.name());
        row.put("answers", answers);
        row.put("nps", recommend);
        row.put("score_overall", overall);
        row.put("score_advisor", advisorScore);
        row.put("score_time", timeScore);
        row.put("score_quality", qualityScore);
        row.put("score_price", priceScore);
        row.put("score_facilities", facilitiesScore);
        row.put("comment_text", comment);
        row.put("complaint", complaint);
        row.put("repair_order_no", repairOrderNo);
        row.put("device_hash", deviceHash);
        row.put("phone_hash", phoneHash);
        row.put("address_hash", addressHash);
        row.put("duration_seconds", durationSeconds);
        row.put("status", status.name());
        row.put("reasons", reasons);
        row.put("submitted_at", Timestamp.from(submittedAt));
        row.put("month", month);
        row.put("idempotency_key", idempotencyKey);
        row.put("request_hash", requestHash);
        row.put("from_shop_network", fromShopNetwork);
        row.put("created_at", Timestamp.from(createdAt()));
        row.put("updated_at", Timestamp.from(updatedAt()));
        row.put("version", 1L);
        return row;
    }

    public void sentFromShopNetwork() {
        fromShopNetwork = true;
    }

    public boolean fromShopNetwork() {
        return fromShopNetwork;
    }

    public String repairOrderNo() {
        return repairOrderNo;
    }

    /** Which screening facts the sample carried (only whether: the hashes stay in the database). */
    public boolean hasDevice() {
        return deviceHash != null;
    }

    public boolean hasPhone() {
        return phoneHash != null;
    }

    public boolean hasAddress() {
        return addressHash != null;
    }

    public String shopId() {
        return shopId;
    }

    public String advisorId() {
        return advisorId;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public SampleStatus status() {
        return status;
    }

    public String reasons() {
        return reasons;
    }

    public String requestHash() {
        return requestHash;
    }

    public double overall() {
        return overall;
    }

    public Map<Dimension, Double> dimensionScores() {
        java.util.EnumMap<Dimension, Double> scores = new java.util.EnumMap<>(Dimension.class);
        put(scores, Dimension.ADVISOR, advisorScore);
        put(scores, Dimension.TIME, timeScore);
        put(scores, Dimension.QUALITY, qualityScore);
        put(scores, Dimension.PRICE, priceScore);
        put(scores, Dimension.FACILITIES, facilitiesScore);
        return scores;
    }

    private static void put(Map<Dimension, Double> scores, Dimension d, Double value) {
        if (value != null) {
            scores.put(d, value);
        }
    }

    public Integer recommend() {
        return recommend;
    }

    public String comment() {
        return comment;
    }

    public boolean complaint() {
        return complaint;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String month() {
        return month;
    }

    public String brandCode() {
        return brandCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Integer durationSeconds() {
        return durationSeconds;
    }

    public VisitType visitType() {
        return visitType;
    }
}
