package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.directory.StaffContacts;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.reporting.archive.ArchivedReport;
import org.dealerplatform.reporting.archive.ReportArchive;
import org.dealerplatform.reporting.monthly.Links;
import org.dealerplatform.reporting.monthly.RenderedReport;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.outbox.OutboxKey;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.ReportSubjects;
import org.dealerplatform.reporting.overview.GroupReport;
import org.dealerplatform.reporting.overview.OverviewMail;
import org.dealerplatform.reporting.recipients.Recipient;

/**
 * Plans a run of group reports (one per dealer group that gets reports, to the group's admins)
 * or of the national report (to the association's admins) with the shop reports' machinery:
 * rendered once per language into the archive, one keyed outbox row per reader. The readers come
 * from core's {@link StaffContacts} when the run is planned. While nobody can say who they are
 * (no module publishes StaffContacts, or the identity provider is down) the run stays unplanned
 * and its lease stays with this node, so the next tick tries again; it is never planned for nobody.
 */
@ApplicationScoped
public class OverviewPlanner {

    private static final Logger LOG = Logger.getLogger(OverviewPlanner.class.getName());

    @Inject
    OverviewRunSources sources;

    @Inject
    Instance<StaffContacts> contacts;

    @Inject
    ReportRuns runs;

    @Inject
    ReportArchive archive;

    @Inject
    OutboxStore outbox;

    @Inject
    ReportSettings settings;

    private volatile boolean toldNoContacts;

    /** True once every report of the run is archived and queued; false to be called again later. */
    public boolean plan(ReportRun run, String node) {
        if (!contacts.isResolvable()) {
            if (!toldNoContacts) {    // once per node: every tick asks again, the log should not
                toldNoContacts = true;
                LOG.warning(() -> "no module publishes StaffContacts: group and national runs wait until one does");
            }
            return false;
        }
        try {
            return switch (run.kind()) {
                case GROUP_MONTHLY -> planGroups(run, node);
                case NATIONAL_MONTHLY -> planNational(run);
                case SHOP_MONTHLY -> throw new IllegalArgumentException("shop reports are planned by RunPlanner");
            };
        } catch (StaffContactsUnavailable e) {
            LOG.log(Level.WARNING, "staff addresses unavailable; the " + run.kind() + " run for " + run.month()
                    + " is planned again on a later tick", e);
            return false;
        }
    }

    private boolean planGroups(ReportRun run, String node) {
        for (GroupReport.Sources group : sources.groups(run.month())) {
            if (!runs.holdPlanning(run.id(), node, Instant.now(), settings.lease())) {
                return false;    // our lease ran out and another node took over
            }
            List<Recipient> to = StaffRecipients.of(contacts.get().groupAdmins(group.tenantId()));
            try {
                queue(run, group.tenantId(), null, to, texts -> OverviewMail.group(GroupReport.of(group, texts), texts,
                        links(run, "/console/reports/group?month=" + run.month())));
            } catch (RuntimeException e) {
                // as with shop reports: one broken group must not hold back every other group's report
                LOG.log(Level.WARNING, "group report of " + group.tenantId() + " for " + run.month() + " not planned", e);
            }
        }
        return true;
    }

    private boolean planNational(ReportRun run) {
        List<Recipient> to = StaffRecipients.of(contacts.get().associationAdmins());
        queue(run, null, null, to, texts -> OverviewMail.national(sources.national(run.month(), texts.locale()),
                texts, links(run, "/console/reports/national?month=" + run.month())));
        return true;
    }

    /** Renders what is not archived yet, once per language of the readers, and queues one row per reader. */
    private void queue(ReportRun run, String tenantId, String shopId, List<Recipient> to,
                       Function<ReportTexts, RenderedReport> render) {
        if (to.isEmpty()) {
            return;
        }
        String subject = ReportSubjects.of(run.kind(), tenantId, shopId);
        Map<String, String> archiveOfLocale = new LinkedHashMap<>();
        for (Recipient r : to) {
            archiveOfLocale.computeIfAbsent(r.locale(), locale -> archive.existing(run.kind(), run.month(), subject,
                    locale).orElseGet(() -> keep(run, tenantId, shopId, locale,
                    () -> render.apply(new ReportTexts(r.javaLocale())))));
        }
        Instant now = Instant.now();
        for (Recipient r : to) {
            outbox.queue(new OutboxStore.Mail(run.id(), new OutboxKey(run.kind(), run.month(), subject, r.address()),
                    shopId, tenantId, r.locale(), "", archiveOfLocale.get(r.locale()), run.baseUrl()), now);
        }
    }

    private String keep(ReportRun run, String tenantId, String shopId, String locale, Supplier<RenderedReport> render) {
        RenderedReport rendered = render.get();
        return archive.keep(new ArchivedReport(UUID.randomUUID().toString(), tenantId, shopId, run.kind(),
                run.month(), locale, rendered.subject(), rendered.html(), rendered.text(), rendered.pdf(),
                rendered.images(), Instant.now()));
    }

    /** The live console page of the month (it always shows the current figures), and the placeholder unsubscribe. */
    private static Links links(ReportRun run, String consolePath) {
        return new Links(run.baseUrl() + consolePath, ArchivedReport.UNSUBSCRIBE_PLACEHOLDER);
    }
}
