package org.dealerplatform.reporting.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.runs.Sql;

/**
 * The {@code report_archive} table: each report of a month (a shop's, a group's, the nation's),
 * once per language, keyed by its subject ({@link ReportSubjects}). Reads for people go through
 * {@link #ofTenant}, which filters on the tenant by hand (the table is plain, not tenant-filtered):
 * another group's report is simply not found.
 */
@ApplicationScoped
public class ReportArchive {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Keeps the rendering unless this subject, month and language is archived already (another node,
     * or an earlier attempt of this run, was first); returns the id that is archived either way.
     * The id is the caller's, so the report's own console link can name it before it is kept.
     */
    @Transactional
    public String keep(ArchivedReport report) {
        String id = report.id();
        String subject = report.subjectId();
        int added = NativeSql.query(em, "insert ignore into report_archive (id, tenant_id, shop_id, subject_id, kind,"
                        + " month, locale, subject, html, text_body, pdf, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, report.tenantId()).setParameter(3, report.shopId())
                .setParameter(4, subject).setParameter(5, report.kind().name())
                .setParameter(6, report.month().toString()).setParameter(7, report.locale())
                .setParameter(8, Sql.cut(report.subject(), 300)).setParameter(9, report.html())
                .setParameter(10, report.text()).setParameter(11, report.pdf())
                .setParameter(12, Sql.at(report.createdAt())).executeUpdate();
        if (added == 0) {
            return existing(report.kind(), report.month(), subject, report.locale()).orElseThrow();
        }
        for (InlineImage image : report.images()) {
            NativeSql.query(em, "insert into report_archive_image (archive_id, content_id, png) values (?, ?, ?)")
                    .setParameter(1, id).setParameter(2, image.contentId()).setParameter(3, image.png())
                    .executeUpdate();
        }
        return id;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    /** The archived report of this kind, month, subject (a shop report's: the shop id) and language. */
    public Optional<String> existing(ReportKind kind, YearMonth month, String subjectId, String locale) {
        List<String> ids = NativeSql.query(em, "select id from report_archive where kind = ? and month = ?"
                        + " and subject_id = ? and locale = ?").setParameter(1, kind.name())
                .setParameter(2, month.toString()).setParameter(3, subjectId).setParameter(4, locale).getResultList();
        return ids.stream().findFirst();
    }

    /** A report with its body, for sending (the worker already knows whose it is). */
    @Transactional
    public Optional<ArchivedReport> byId(String id) {
        return read("where a.id = ?", id);
    }

    /** A report of this dealer group; another group's answers like a missing one. */
    @Transactional
    public Optional<ArchivedReport> ofTenant(String tenantId, String id) {
        return read("where a.id = ? and a.tenant_id = ?", id, tenantId);
    }

    /** The shop's archived reports, newest month first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ArchivedReport.Entry> ofShop(String tenantId, String shopId) {
        List<Object[]> rows = NativeSql.query(em, "select id, shop_id, kind, month, locale, subject, created_at"
                        + " from report_archive where tenant_id = ? and shop_id = ? order by month desc, kind, locale")
                .setParameter(1, tenantId).setParameter(2, shopId).getResultList();
        return rows.stream().map(r -> new ArchivedReport.Entry((String) r[0], (String) r[1],
                ReportKind.valueOf((String) r[2]), YearMonth.parse((String) r[3]), (String) r[4], (String) r[5],
                Sql.instant(r[6]))).toList();
    }

    /**
     * The archived reports of one kind and subject, newest month first: a group's group reports
     * (the caller passes its own tenant as both), or the national reports (tenant null).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ArchivedReport.Entry> ofSubject(ReportKind kind, String tenantId, String subjectId) {
        var query = NativeSql.query(em, "select id, shop_id, kind, month, locale, subject, created_at"
                        + " from report_archive where kind = ? and subject_id = ? and "
                        + (tenantId == null ? "tenant_id is null" : "tenant_id = ?") + " order by month desc, locale")
                .setParameter(1, kind.name()).setParameter(2, subjectId);
        if (tenantId != null) {
            query.setParameter(3, tenantId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ArchivedReport.Entry((String) r[0], (String) r[1],
                ReportKind.valueOf((String) r[2]), YearMonth.parse((String) r[3]), (String) r[4], (String) r[5],
                Sql.instant(r[6]))).toList();
    }

    /** How many reports of the kind and month are rendered, for a run's progress. */
    @Transactional
    public long rendered(ReportKind kind, YearMonth month) {
        return Sql.count(NativeSql.query(em, "select count(*) from report_archive where kind = ? and month = ?")
                .setParameter(1, kind.name()).setParameter(2, month.toString()).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private Optional<ArchivedReport> read(String where, Object... params) {
        var query = NativeSql.query(em, "select a.id, a.tenant_id, a.shop_id, a.kind, a.month, a.locale, a.subject,"
                + " a.html, a.text_body, a.pdf, a.created_at from report_archive a " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        List<Object[]> images = NativeSql.query(em, "select content_id, png from report_archive_image"
                + " where archive_id = ? order by content_id").setParameter(1, r[0]).getResultList();
        return Optional.of(new ArchivedReport((String) r[0], (String) r[1], (String) r[2],
                ReportKind.valueOf((String) r[3]), YearMonth.parse((String) r[4]), (String) r[5], (String) r[6],
                Sql.text(r[7]), Sql.text(r[8]), (byte[]) r[9],
                images.stream().map(i -> new InlineImage((String) i[0], (byte[]) i[1], 0, 0)).toList(),
                Sql.instant(r[10])));
    }
}
