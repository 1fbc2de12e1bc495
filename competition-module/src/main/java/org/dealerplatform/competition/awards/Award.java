package org.dealerplatform.competition.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.core.persistence.StoredEntity;

/**
 * One award of a season. Names and figures are copied when the award is decided, so the
 * certificate keeps saying what was awarded; nothing is updatable afterwards. The certificate
 * code (100 random bits, base32) is what the certificate's QR code carries.
 */
@Entity
@Table(name = "award")
public class Award extends StoredEntity {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Column(name = "season_id", nullable = false, updatable = false)
    private String seasonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contest", nullable = false, updatable = false)
    private Contest contest;

    @Column(name = "place", nullable = false, updatable = false)
    private int place;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private String entryId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "subject_name", nullable = false, updatable = false)
    private String subjectName;

    @Column(name = "shop_name", nullable = false, updatable = false)
    private String shopName;

    @Column(name = "group_name", nullable = false, updatable = false)
    private String groupName;

    @Column(name = "brand_zh", nullable = false, updatable = false)
    private String brandZh;

    @Column(name = "brand_en", nullable = false, updatable = false)
    private String brandEn;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Column(name = "survey_score", nullable = false, updatable = false)
    private double surveyScore;

    @Column(name = "onsite_score", updatable = false)
    private Double onSiteScore;

    @Column(name = "final_score", nullable = false, updatable = false)
    private double finalScore;

    @Column(name = "certificate_code", nullable = false, updatable = false)
    private String certificateCode;

    protected Award() {
    }

    public record Subject(String entryId, String subjectId, String tenantId, String name, String shopName,
                          String groupName, String brandZh, String brandEn, String provinceCode) {
    }

    Award(String seasonId, Contest contest, int place, Subject s, double surveyScore, Double onSiteScore,
          double finalScore, Instant now) {
        super(now);
        this.seasonId = seasonId;
        this.contest = contest;
        this.place = place;
        this.entryId = s.entryId();
        this.subjectId = s.subjectId();
        this.tenantId = s.tenantId();
        this.subjectName = s.name();
        this.shopName = s.shopName();
        this.groupName = s.groupName();
        this.brandZh = s.brandZh() == null ? "" : s.brandZh();
        this.brandEn = s.brandEn() == null ? this.brandZh : s.brandEn();
        this.provinceCode = s.provinceCode() == null ? "" : s.provinceCode();
        this.surveyScore = surveyScore;
        this.onSiteScore = onSiteScore;
        this.finalScore = finalScore;
        this.certificateCode = newCertificateCode();
    }

    static String newCertificateCode() {
        StringBuilder code = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            code.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return code.toString();
    }

    public String seasonId() {
        return seasonId;
    }

    public Contest contest() {
        return contest;
    }

    public int place() {
        return place;
    }

    public String entryId() {
        return entryId;
    }

    public String subjectId() {
        return subjectId;
    }

    public String tenantId() {
        return tenantId;
    }

    public String subjectName() {
        return subjectName;
    }

    public String shopName() {
        return shopName;
    }

    public String groupName() {
        return groupName;
    }

    public String brand(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? brandEn : brandZh;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public double surveyScore() {
        return surveyScore;
    }

    public Double onSiteScore() {
        return onSiteScore;
    }

    public double finalScore() {
        return finalScore;
    }

    public String certificateCode() {
        return certificateCode;
    }
}
