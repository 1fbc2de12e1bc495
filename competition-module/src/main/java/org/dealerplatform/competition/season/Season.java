package org.dealerplatform.competition.season;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.persistence.StoredEntity;

/**
 * One competition season: when groups may enrol, which months of samples count (Beijing time, as
 * samples are filed), which questionnaire versions count, and where it stands in its life cycle.
 * The season guards its own dates and steps; rules live in {@link RulesVersion}s.
 */
@Entity
@Table(name = "season")
public class Season extends StoredEntity {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "enrol_from", nullable = false)
    private LocalDate enrolFrom;

    @Column(name = "enrol_to", nullable = false)
    private LocalDate enrolTo;

    @Column(name = "collect_from", nullable = false)
    private String collectFrom;

    @Column(name = "collect_to", nullable = false)
    private String collectTo;

    @Column(name = "questionnaire_versions", nullable = false)
    private String questionnaireVersions;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SeasonStatus status;

    @Column(name = "rules_version", nullable = false)
    private int rulesVersion;

    @Column(name = "onsite_closed_at")
    private Instant onSiteClosedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Season() {
    }

    public Season(String code, String name, Schedule schedule, Set<Integer> questionnaireVersions, Instant now) {
        super(now);
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new RuleViolation("code", "must be 2 to 32 letters, digits or '-', e.g. 2026");
        }
        this.code = code.strip();
        this.name = RuleViolation.requiredText("name", name, 120);
        plan(schedule, questionnaireVersions);
        this.status = SeasonStatus.DRAFT;
        this.rulesVersion = 1;
    }

    /** Dates checked together, so a season can never be saved with its months out of order. */
    public record Schedule(LocalDate enrolFrom, LocalDate enrolTo, YearMonth collectFrom, YearMonth collectTo) {
        public Schedule {
            if (enrolFrom == null) {
                throw new RuleViolation("enrolFrom", "is required (a date like 2026-01-05)");
            }
            if (enrolTo == null) {
                throw new RuleViolation("enrolTo", "is required (a date like 2026-02-28)");
            }
            if (collectFrom == null) {
                throw new RuleViolation("collectFrom", "is required (a month like 2026-02)");
            }
            if (collectTo == null) {
                throw new RuleViolation("collectTo", "is required (a month like 2026-10)");
            }
            if (enrolTo.isBefore(enrolFrom)) {
                throw new RuleViolation("enrolTo", "must not be before enrolFrom");
            }
            if (collectTo.isBefore(collectFrom)) {
                throw new RuleViolation("collectTo", "must not be before collectFrom");
            }
            if (collectFrom.plusMonths(23).isBefore(collectTo)) {
                throw new RuleViolation("collectTo", "a season collects for at most 24 months");
            }
            if (enrolFrom.isAfter(collectTo.atEndOfMonth())) {
                throw new RuleViolation("enrolFrom", "enrolment must open before collection ends");
            }
        }
    }

    private void plan(Schedule schedule, Set<Integer> versions) {
        this.enrolFrom = schedule.enrolFrom();
        this.enrolTo = schedule.enrolTo();
        this.collectFrom = schedule.collectFrom().toString();
        this.collectTo = schedule.collectTo().toString();
        for (Integer v : versions) {
            if (v == null || v < 1) {
                throw new RuleViolation("questionnaireVersions", "must be version numbers from 1");
            }
        }
        this.questionnaireVersions = new TreeSet<>(versions).stream().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** Name, dates and questionnaire versions may change until enrolment opens. */
    public void replan(String newName, Schedule schedule, Set<Integer> versions, Instant now) {
        if (status != SeasonStatus.DRAFT) {
            throw new Conflict("status", "dates and questionnaire versions are fixed once enrolment opens");
        }
        this.name = RuleViolation.requiredText("name", newName, 120);
        plan(schedule, versions);
        touched(now);
    }

    /**
     * One step of the life cycle. Re-opening a closed season needs a reason; guards that need other
     * data (the on-site round closed before FINAL) are checked by the observers of
     * {@link SeasonMoved}, in the same transaction. Entries still pending at close are listed, not
     * ranked ({@code NOT_APPROVED}).
     */
    public SeasonStatus moveTo(SeasonStatus to, String reason, Instant now) {
        if (to == null) {
            throw new RuleViolation("to", "must be one of " + Arrays.toString(SeasonStatus.values()));
        }
        if (!status.canMoveTo(to)) {
            throw new Conflict("to", "a season that is " + status + " cannot become " + to);
        }
        if (status.isReopening(to) && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "re-opening a closed season needs a reason");
        }
        SeasonStatus from = status;
        status = to;
        if (from.isReopening(to)) {
            onSiteClosedAt = null;
        }
        if (to == SeasonStatus.PUBLISHED) {
            publishedAt = now;
        }
        touched(now);
        return from;
    }

    void rulesChanged(int newVersion, Instant now) {
        this.rulesVersion = newVersion;
        touched(now);
    }

    public void closeOnSiteRound(Instant now) {
        if (status != SeasonStatus.CLOSED) {
            throw new Conflict("status", "the on-site round runs while the season is CLOSED");
        }
        if (onSiteClosedAt != null) {
            throw new Conflict("onsite", "the on-site round is already closed");
        }
        onSiteClosedAt = now;
        touched(now);
    }

    /** Whether a group admin may enrol or change entries today (Beijing date). */
    public boolean enrolmentOpen(LocalDate today) {
        return status == SeasonStatus.ENROLLING && !today.isBefore(enrolFrom) && !today.isAfter(enrolTo);
    }

    /** Collection has ended once the Beijing calendar has passed the last collection month. */
    public boolean collectionOver(YearMonth current) {
        return current.isAfter(collectTo());
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(collectFrom()) && !month.isAfter(collectTo());
    }

    public String code() {
        return code;
    }

    public Schedule schedule() {
        return new Schedule(enrolFrom, enrolTo, collectFrom(), collectTo());
    }

    public String name() {
        return name;
    }

    public LocalDate enrolFrom() {
        return enrolFrom;
    }

    public LocalDate enrolTo() {
        return enrolTo;
    }

    public YearMonth collectFrom() {
        return YearMonth.parse(collectFrom);
    }

    public YearMonth collectTo() {
        return YearMonth.parse(collectTo);
    }

    public Set<Integer> questionnaireVersions() {
        return questionnaireVersions.isEmpty() ? Set.of()
                : Arrays.stream(questionnaireVersions.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    public List<Integer> questionnaireVersionList() {
        return questionnaireVersions().stream().sorted().toList();
    }

    public SeasonStatus status() {
        return status;
    }

    public int rulesVersion() {
        return rulesVersion;
    }

    public boolean onSiteRoundClosed() {
        return onSiteClosedAt != null;
    }

    public Instant onSiteClosedAt() {
        return onSiteClosedAt;
    }

    public boolean published() {
        return status == SeasonStatus.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The seed of the season's award-probability draws: fixed per season, so figures can be redone. */
    public long drawSeed() {
        long h = 1125899906842597L;
        for (char c : code.toCharArray()) {
            h = 31 * h + c;
        }
        return h;
    }
}
