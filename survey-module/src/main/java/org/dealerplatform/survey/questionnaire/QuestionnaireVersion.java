package org.dealerplatform.survey.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.persistence.StoredEntity;

/** One stored version of the questionnaire: a draft the association edits, then published for good. */
@Entity
@Table(name = "questionnaire")
public class QuestionnaireVersion extends StoredEntity {

    public enum Status { DRAFT, PUBLISHED }

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    protected QuestionnaireVersion() {
    }

    public QuestionnaireVersion(int versionNo, Questionnaire content, Instant now) {
        super(now);
        this.versionNo = versionNo;
        this.status = Status.DRAFT;
        redefine(content, now);
    }

    /** Only a draft can change: answers refer to published versions, which must mean what they meant. */
    public final void redefine(Questionnaire content, Instant now) {
        if (status == Status.PUBLISHED) {
            throw new Conflict(null, "version " + versionNo + " is published and cannot be edited;"
                    + " create a new version instead");
        }
        this.title = content.title();
        this.definition = QuestionnaireJson.write(content).toString();
        touched(now);
    }

    public void publish(String by, Instant now) {
        if (status == Status.PUBLISHED) {
            throw new Conflict(null, "version " + versionNo + " is already published");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
        touched(now);
    }

    public Questionnaire content() {
        return QuestionnaireJson.read(versionNo, definition);
    }

    public int versionNo() {
        return versionNo;
    }

    public Status status() {
        return status;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
