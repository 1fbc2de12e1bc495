package org.dealerplatform.reporting.runs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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

    /** Jakarta Concurrency's default executor: container threads, not threads of our own. */
    @Resource
    ManagedExecutorService executor;

    /** Reports rendered at the same time: one per core (rendering is CPU work, nothing waits on I/O). */
    static final int RENDERERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Plans the run if this node gets (or holds) its planning lease; group and national runs by {@link OverviewPlanner}. */
    public void plan(ReportRun run, String node) {
        if (run.plannedAt() != null || !runs.holdPlanning(run.id(), node, Instant.now(), settings.lease())) {
            return;
        }
        if (run.kind() == ReportKind.SHOP_MONTHLY) {
            ShopReportSources.Month month = sources.forMonth(run.month());
            List<ShopProfile> shops = month.shops();
            List<String> waiting = new ArrayList<>();
            int window = RENDERERS;
            for (int from = 0; from < shops.size(); from += window) {
                if (!runs.holdPlanning(run.id(), node, Instant.now(), settings.lease())) {
                    return;    // our lease ran out and another node took over
                }
                planShops(run, month, shops.subList(from, Math.min(shops.size(), from + window)), waiting);
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

    /**
     * A few shops at a time: what they need is read on this thread, their reports are rendered
     * side by side (see {@link #RENDERERS}), and archived and queued on this thread, shop by shop.
     * Only the rendering leaves this thread: it is pure (no database, no tenant, no CDI).
     */
    private void planShops(ReportRun run, ShopReportSources.Month month, List<ShopProfile> shops, List<String> waiting) {
        List<ShopPlan> plans = new ArrayList<>();
        for (ShopProfile shop : shops) {
            try {
                guarded(run, shop, () -> plans.add(prepare(run, month, shop)));
            } catch (StaffContactsUnavailable e) {
                waiting.add(shop.id());    // who the managers are is unknown for now: this shop waits
            }
        }
        List<Rendering> renderings = new ArrayList<>();
        for (ShopPlan plan : plans) {
            renderings.addAll(plan.missing());
        }
        renderAll(renderings);
        for (ShopPlan plan : plans) {
            guarded(run, plan.shop(), () -> finish(run, plan));
        }
    }

    /**
     * One broken shop must not hold back every other shop's report; it is retried when the run is
     * planned again (only if the planning lease is lost) or by hand.
     */
    private void guarded(ReportRun run, ShopProfile shop, Runnable step) {
        try {
            step.run();
        } catch (StaffContactsUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report of shop " + shop.id() + " for " + run.month() + " not planned", e);
        }
    }

    /** The shop's recipients and, per language, the archived report or the rendering still to do. */
    private ShopPlan prepare(ReportRun run, ShopReportSources.Month month, ShopProfile shop) {
        List<Recipient> to = recipients.of(shop).recipients();
        Map<String, String> archiveOfLocale = new LinkedHashMap<>();
        List<Rendering> missing = new ArrayList<>();
        ShopMonthReport report = null;
        for (Recipient r : to) {
            if (archiveOfLocale.containsKey(r.locale()) || missing.stream().anyMatch(m -> m.tag().equals(r.locale()))) {
                continue;
            }
            Optional<String> existing = archive.existing(run.kind(), run.month(), shop.id(), r.locale());
            if (existing.isPresent()) {
                archiveOfLocale.put(r.locale(), existing.get());
            } else {
                if (report == null) {
                    report = ShopMonthReportAssembler.assemble(sources.of(month, shop));
                }
                String archiveId = UUID.randomUUID().toString();
                missing.add(new Rendering(report, r.javaLocale(), r.locale(), archiveId,
                        new Links(run.baseUrl() + "/console/reports/" + archiveId, ArchivedReport.UNSUBSCRIBE_PLACEHOLDER)));
            }
        }
        return new ShopPlan(shop, to, archiveOfLocale, missing);
    }

    /**
     * Charts and PDF are nearly all of a run's time and use one core each, so the reports of a
     * window are rendered on the executor's threads and this one together. A failed rendering
     * fails only its shop (in {@link #finish}).
     */
    private void renderAll(List<Rendering> renderings) {
        List<Future<?>> started = new ArrayList<>();
        for (int i = 1; i < renderings.size(); i++) {
            Rendering r = renderings.get(i);
            try {
                started.add(executor.submit(r::render));
            } catch (RejectedExecutionException e) {
                r.render();    // executor full or shutting down: slower on this thread, but done
            }
        }
        if (!renderings.isEmpty()) {
            renderings.get(0).render();
        }
        for (Future<?> f : started) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // kept in its Rendering; reported with its shop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering reports", e);
            }
        }
    }

    private void finish(ReportRun run, ShopPlan plan) {
        if (plan.recipients().isEmpty()) {
            return;
        }
        ShopProfile shop = plan.shop();
        Map<String, String> archiveOfLocale = new LinkedHashMap<>(plan.archived());
        for (Rendering r : plan.missing()) {
            RenderedReport rendered = r.result();
            archiveOfLocale.put(r.tag(), archive.keep(new ArchivedReport(r.archiveId(), shop.tenantId(), shop.id(),
                    run.kind(), run.month(), r.tag(), rendered.subject(), rendered.html(), rendered.text(),
                    rendered.pdf(), rendered.images(), Instant.now())));
        }
        Instant now = Instant.now();
        for (Recipient r : plan.recipients()) {
            outbox.queue(new OutboxStore.Mail(run.id(), new OutboxKey(run.kind(), run.month(), shop.id(), r.address()),
                    shop.id(), shop.tenantId(), r.locale(), "", archiveOfLocale.get(r.locale()), run.baseUrl()), now);
        }
    }

    private record ShopPlan(ShopProfile shop, List<Recipient> recipients, Map<String, String> archived,
                            List<Rendering> missing) {
    }

    /** One report to render in one language; the result (or the failure) is kept for {@link #finish}. */
    private static final class Rendering {
        private final ShopMonthReport report;
        private final Locale locale;
        private final String tag;
        private final String archiveId;
        private final Links links;
        private volatile RenderedReport result;
        private volatile RuntimeException failure;

        Rendering(ShopMonthReport report, Locale locale, String tag, String archiveId, Links links) {
            this.report = report;
            this.locale = locale;
            this.tag = tag;
            this.archiveId = archiveId;
            this.links = links;
        }

        String tag() {
            return tag;
        }

        String archiveId() {
            return archiveId;
        }

        void render() {
            try {
                result = ShopReportRenderer.render(report, locale, links);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        RenderedReport result() {
            if (failure != null) {
                throw failure;
            }
            if (result == null) {
                throw new IllegalStateException("report not rendered");
            }
            return result;
        }
    }
}
