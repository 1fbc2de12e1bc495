package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.archive.ArchivedReport;
import org.dealerplatform.reporting.archive.ReportArchive;
import org.dealerplatform.reporting.monthly.Links;
import org.dealerplatform.reporting.monthly.RenderedReport;
import org.dealerplatform.reporting.monthly.ShopMonthReport;
import org.dealerplatform.reporting.monthly.ShopMonthReportAssembler;
import org.dealerplatform.reporting.monthly.ShopReportRenderer;
import org.dealerplatform.reporting.outbox.OutboxKey;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.recipients.Recipient;
import org.dealerplatform.reporting.recipients.Recipients;

/**
 * The first half of a run: for every reported shop with recipients, render its report once per
 * language into the archive and queue one outbox row per recipient. Every write is keyed
 * (archive: kind, month, shop, language; outbox: kind, month, shop, recipient), so a node that
 * takes over after a crash simply goes through the shops again and adds only what is missing.
 * The same makes "try again later" cheap: when Keycloak cannot say who a shop's managers are, the
 * run is left unplanned and the next tick goes through the shops again, adding only that shop's
 * mail; planning it with nobody would lose the shop's report for the month.
 */
@ApplicationScoped
public class RunPlanner {

    private static final Logger LOG = Logger.getLogger(RunPlanner.class.getName());

    @Inject
    ReportRuns runs;

    @Inject
    ShopReportSources sources;

    @Inject
    ReportArchive archive;

    @Inject
    Recipients recipients;

    @Inject
    OutboxStore outbox;

    @Inject
    ReportSettings settings;

    @Inject
    OverviewPlanner overviews;

    /** Plans the run if this node gets (or holds) its planning lease; group and national runs by {@link OverviewPlanner}. */
    public void plan(ReportRun run, String node) {
        if (run.plannedAt() != null || !runs.holdPlanning(run.id(), node, Instant.now(), settings.lease())) {
            return;
        }
        if (run.kind() == ReportKind.SHOP_MONTHLY) {
            ShopReportSources.Month month = sources.forMonth(run.month());
            List<String> waiting = new ArrayList<>();
            for (ShopProfile shop : month.shops()) {
                if (!runs.holdPlanning(run.id(), node, Instant.now(), settings.lease())) {
                    return;    // our lease ran out and another node took over
                }
                try {
                    planShop(run, month, shop);
                } catch (StaffContactsUnavailable e) {
                    waiting.add(shop.id());
                } catch (RuntimeException e) {
                    // one broken shop must not hold back every other shop's report; it is retried
                    // when the run is planned again (only if the planning lease is lost) or by hand
                    LOG.log(Level.WARNING, "report of shop " + shop.id() + " for " + run.month() + " not planned", e);
                }
            }
            if (!waiting.isEmpty()) {
                LOG.warning(() -> "run " + run.id() + ": the shop managers of " + waiting.size() + " shop(s) cannot be"
                        + " read from Keycloak now; planning again at the next tick");
                return;
            }
        } else if (!overviews.plan(run, node)) {
            return;    // the readers are unknown for now: planned again on a later tick
        }
        runs.planned(run.id(), node, Instant.now());
    }

    private void planShop(ReportRun run, ShopReportSources.Month month, ShopProfile shop) {
        List<Recipient> to = recipients.of(shop).recipients();
        if (to.isEmpty()) {
            return;
        }
        Map<String, String> archiveOfLocale = new LinkedHashMap<>();
        for (Recipient r : to) {
            archiveOfLocale.computeIfAbsent(r.locale(), locale -> archive.existing(run.kind(), run.month(), shop.id(),
                    locale).orElseGet(() -> render(run, month, shop, r.javaLocale(), locale)));
        }
        Instant now = Instant.now();
        for (Recipient r : to) {
            outbox.queue(new OutboxStore.Mail(run.id(), new OutboxKey(run.kind(), run.month(), shop.id(), r.address()),
                    shop.id(), shop.tenantId(), r.locale(), "", archiveOfLocale.get(r.locale()), run.baseUrl()), now);
        }
    }

    private String render(ReportRun run, ShopReportSources.Month month, ShopProfile shop, Locale locale, String tag) {
        ShopMonthReport report = ShopMonthReportAssembler.assemble(sources.of(month, shop));
        String archiveId = java.util.UUID.randomUUID().toString();
        Links links = new Links(run.baseUrl() + "/console/reports/" + archiveId, ArchivedReport.UNSUBSCRIBE_PLACEHOLDER);
        RenderedReport rendered = ShopReportRenderer.render(report, locale, links);
        return archive.keep(new ArchivedReport(archiveId, shop.tenantId(), shop.id(), run.kind(), run.month(), tag,
                rendered.subject(), rendered.html(), rendered.text(), rendered.pdf(), rendered.images(),
                Instant.now()));
    }
}
