package org.dealerplatform.bench;

import com.openhtmltopdf.util.XRLog;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.mail.MailComposer;
import org.dealerplatform.core.mail.MailSender;
import org.dealerplatform.core.mail.MailSettings;
import org.dealerplatform.core.mail.OutgoingMail;
import org.dealerplatform.core.mail.SendOutcome;
import org.dealerplatform.core.mail.UnsubscribeTokens;
import org.dealerplatform.core.samples.SampleLine;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.devstack.MailMessage;
import org.dealerplatform.devstack.MailServer;
import org.dealerplatform.reporting.export.ExportFormat;
import org.dealerplatform.reporting.export.SampleExport;
import org.dealerplatform.reporting.export.SampleRow;
import org.dealerplatform.reporting.export.TableWriter;
import org.dealerplatform.reporting.monthly.Links;
import org.dealerplatform.reporting.monthly.MonthlyCharts;
import org.dealerplatform.reporting.monthly.MonthlyReportView;
import org.dealerplatform.reporting.monthly.RenderedReport;
import org.dealerplatform.reporting.monthly.ReportSources;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.monthly.ShopMonthReport;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Label;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;
import org.dealerplatform.reporting.monthly.ShopMonthReportAssembler;
import org.dealerplatform.reporting.monthly.ShopReportRenderer;
import org.dealerplatform.reporting.outbox.OutboxKey;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.render.ReportPdf;

/**
 * The reporting module's benchmark (not a test: it prints figures). No database, Keycloak or
 * Payara: it measures the module's own work in process.
 * <ol>
 * <li><b>Monthly reports</b>: {@code BENCH_REPORT_SHOPS} (1,000) synthetic shops in 40 dealer
 * groups, each with 12 months of score totals, 5 advisors, 5 comments (some formula-like or with
 * markup), flagged samples and, for most, a competition standing. After a single-threaded warm-up
 * that also splits one report's time into charts, PDF and the rest, a pool of
 * {@code BENCH_REPORT_THREADS} (the cores) assembles, renders (HTML, text, two PNG charts, PDF) and
 * composes every report as a MIME message (inline charts, PDF attachment, stable Message-ID,
 * List-Unsubscribe with a signed token), keeping them as a queue, as the platform's RunPlanner
 * renders on as many threads as cores; then they are sent to a real SMTP server (GreenMail
 * standalone from the devstack) as the platform's OutboxDelivery does: one thread, one connection
 * per tick of 200 ({@link MailSender.Batch}, a fresh one after 100 messages). At the end GreenMail's inboxes are read back and must hold every
 * Message-ID exactly once.</li>
 * <li><b>Exports</b>: {@code BENCH_EXPORT_ROWS} (1,000,000) synthetic samples (Chinese shop names,
 * comments of about 40 characters, some starting with {@code =}) generated one at a time as a
 * cursor would give them, mapped from {@link SampleLine} to {@link SampleRow}, and written as CSV
 * and as XLSX to a file, each in a child JVM with {@code -Xmx} {@code BENCH_EXPORT_HEAP} (64m)
 * whose heap is sampled every 50 ms.</li>
 * </ol>
 * Usage: {@code ReportsBenchmark [all|monthly|export]}.
 */
public final class ReportsBenchmark {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String CHILD = "export-child";
    private static final int GROUPS = 40;
    private static final int ADVISORS = 5;
    private static final int COMMENTS = 5;
    /** Reports go to this many mailboxes (shop i to mailbox i mod 20), so reading them back is 20 API calls. */
    private static final int MAILBOXES = 20;
    private static final int WARM_UP = 30;
    /**
     * Messages sent between read-backs. The devstack's GreenMail runs with a 256 MB heap and keeps
     * mail in memory; it fails (OutOfMemoryError) at about 900 messages of this size, so the
     * benchmark reads each chunk back and purges before sending the next.
     */
    private static final int CHUNK = env("BENCH_REPORT_CHUNK", 250);
    /** Rows one delivery tick sends (OutboxDelivery.BATCH), each tick over one SMTP connection. */
    private static final int TICK = 200;
    private static final String CONSOLE = "https://console.dealer-platform.example.cn";

    private static final String[][] CITIES = {{"440000", "广州"}, {"440000", "深圳"}, {"310000", "上海"},
            {"110000", "北京"}, {"330000", "杭州"}, {"320000", "南京"}, {"320000", "苏州"}, {"510000", "成都"},
            {"420000", "武汉"}, {"500000", "重庆"}, {"610000", "西安"}, {"370000", "青岛"}, {"210000", "沈阳"},
            {"350000", "厦门"}, {"430000", "长沙"}, {"410000", "郑州"}};
    private static final String[][] BRANDS = {{"TOYOTA", "丰田", "Toyota"}, {"VOLKSWAGEN", "大众", "Volkswagen"},
            {"HONDA", "本田", "Honda"}, {"BUICK", "别克", "Buick"}, {"BMW", "宝马", "BMW"},
            {"MERCEDES_BENZ", "奔驰", "Mercedes-Benz"}, {"AUDI", "奥迪", "Audi"}, {"BYD", "比亚迪", "BYD"},
            {"GEELY", "吉利", "Geely"}, {"NISSAN", "日产", "Nissan"}};
    private static final String[] TRADE_NAMES = {"华星", "广汇", "永达", "中升", "宝信", "恒信", "润东", "庞大", "利星行",
            "正通", "和谐", "美东", "元通", "冠城"};
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"明", "芳", "伟", "娜", "强", "静", "磊", "洋", "勇", "艳", "杰", "军", "敏"};
    private static final String[] PHRASES = {"服务顾问很专业，解释得很清楚，", "等待时间有点长，休息区座位不够，",
            "维修质量不错，车子开起来很顺，", "价格比预期略高，希望透明一些，", "洗车很干净，交车也很准时，",
            "预约很方便，到店马上有人接待，", "配件要等三天，希望备货多一点，", "师傅很耐心，顺便检查了刹车片，"};
    private static final String[] ENDINGS = {"整体还算满意，下次还来。", "希望下次能更快一点。", "总体体验不错，谢谢。",
            "会推荐给朋友和家人。"};
    private static final String[] FORMULAS = {"=HYPERLINK(\"http://x.example\",\"点这里\")", "+86 138 0000 0000",
            "-5分，因为等了两个小时", "@客服 请回电"};
    private static final Map<String, Label> REASONS = Map.of(
            "SPEEDER", new Label("答题过快", "Answered too fast"),
            "SAME_DEVICE", new Label("同一设备重复提交", "Same device repeated"),
            "STRAIGHT_LINING", new Label("所有题目同一分数", "Same score for every item"));

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // openhtmltopdf logs about ten INFO lines per PDF; warnings still show
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
        if (args.length > 0 && CHILD.equals(args[0])) {
            exportChild(ExportFormat.valueOf(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        String which = args.length > 0 ? args[0] : "all";
        if (!List.of("all", "monthly", "export").contains(which)) {
            System.err.println("usage: ReportsBenchmark [all|monthly|export]");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("reports-bench");
        System.out.println("Reports benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", max heap " + mib(Runtime.getRuntime().maxMemory()) + ", work dir " + work);
        if (!which.equals("export")) {
            monthly(work);
        }
        if (!which.equals("monthly")) {
            exports(work);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Monthly reports

    private static void monthly(Path work) throws Exception {
        int shops = env("BENCH_REPORT_SHOPS", 1000);
        int threads = env("BENCH_REPORT_THREADS", Runtime.getRuntime().availableProcessors());
        YearMonth month = YearMonth.now(BEIJING).minusMonths(1);
        System.out.println();
        System.out.printf(Locale.ROOT, "== Monthly shop reports: %,d shops, %s, %d months of trend, %d advisors and %d"
                + " comments each ==%n", shops, month, ShopMonthReportAssembler.TREND_MONTHS, ADVISORS, COMMENTS);

        long t0 = System.nanoTime();
        List<ReportSources> sources = new Synthetic(new Random(2025), month).sources(shops);
        System.out.printf(Locale.ROOT, "synthetic sources (score totals, advisors, comments): %,d in %.1f s%n",
                sources.size(), seconds(t0));

        MailServer mail = MailServer.startForTests(work.resolve("greenmail.log"));
        try {
            Map<String, String> config = mail.platformConfig();
            MailSettings settings = new MailSettings(config.get("MAIL_HOST"), mail.smtpPort(), MailSettings.StartTls.NONE,
                    null, null, MailAddress.of(config.get("MAIL_FROM")), config.get("MAIL_FROM_NAME"), null);
            System.out.println("SMTP server: " + mail + " (" + settings + ")");
            Session session = settings.newSession();
            MailComposer composer = new MailComposer(session, settings, Clock.systemUTC());
            byte[] secret = new byte[32];
            new Random(7).nextBytes(secret);
            Mailing mailing = new Mailing(composer, UnsubscribeTokens.withKey(1, secret), month);

            warmUpAndSplit(sources, mailing);

            // 1. render and queue: every report rendered and composed, kept as a MIME message
            MimeMessage[] queue = new MimeMessage[shops];
            long[] pdfBytes = new long[shops];
            long[] pngBytes = new long[shops];
            AtomicLong renderNanos = new AtomicLong();
            AtomicLong composeNanos = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long runStart = System.nanoTime();
            try {
                List<Future<?>> work1 = new ArrayList<>();
                for (int i = 0; i < shops; i++) {
                    int n = i;
                    work1.add(pool.submit(() -> {
                        long a = System.nanoTime();
                        ShopMonthReport report = ShopMonthReportAssembler.assemble(sources.get(n));
                        Recipient to = mailing.recipient(n, report.shop());
                        RenderedReport rendered = ShopReportRenderer.render(report, to.locale(), to.links());
                        long b = System.nanoTime();
                        queue[n] = mailing.compose(report, rendered, to);
                        composeNanos.addAndGet(System.nanoTime() - b);
                        renderNanos.addAndGet(b - a);
                        pdfBytes[n] = rendered.pdf().length;
                        pngBytes[n] = rendered.images().stream().mapToLong(img -> img.png().length).sum();
                        return null;
                    }));
                }
                awaitAll(work1);
                long renderWall = System.nanoTime() - runStart;

                // 2. send as the platform's OutboxDelivery does: one thread, the rows of a tick
                // (OutboxDelivery.BATCH, 200) over one SMTP connection (MailSender.Batch, which
                // starts a fresh one after 100 messages or any failure), each message classified alone
                MailSender sender = new MailSender();
                Map<SendOutcome.Verdict, AtomicLong> outcomes = new EnumMap<>(SendOutcome.Verdict.class);
                for (SendOutcome.Verdict v : SendOutcome.Verdict.values()) {
                    outcomes.put(v, new AtomicLong());
                }
                List<String> failures = new ArrayList<>();
                AtomicLong sendNanos = new AtomicLong();
                long sendWall = 0;
                long verifyNanos = 0;
                Received received = new Received();
                MailSender.Batch connection = null;
                for (int from = 0; from < shops; from += CHUNK) {
                    long chunkStart = System.nanoTime();
                    for (int n = from; n < Math.min(shops, from + CHUNK); n++) {
                        if (n % TICK == 0) {
                            if (connection != null) {
                                connection.close();
                            }
                            connection = sender.batch(session);
                        }
                        long a = System.nanoTime();
                        SendOutcome outcome = connection.send(queue[n]);
                        sendNanos.addAndGet(System.nanoTime() - a);
                        outcomes.get(outcome.verdict()).incrementAndGet();
                        if (!outcome.sent()) {
                            failures.add(outcome.toString());
                        }
                    }
                    sendWall += System.nanoTime() - chunkStart;
                    // not timed: read this chunk back and empty the mailboxes (GreenMail's 256 MB heap
                    // holds about 900 such messages, not 1,000)
                    long v = System.nanoTime();
                    received.collect(mail, mailing.mailboxes());
                    mail.purge();
                    verifyNanos += System.nanoTime() - v;
                }
                if (connection != null) {
                    connection.close();
                }
                long runWall = renderWall + sendWall;

                System.out.println();
                System.out.printf(Locale.ROOT, "worker pool: %d threads (the cores) for rendering, as RunPlanner; 1 thread for sending, as OutboxDelivery%n", threads);
                System.out.printf(Locale.ROOT, "render and queue (assemble, HTML, text, 2 PNG charts, PDF, MIME): %,d reports"
                                + " in %.1f s = %.1f reports/s; per report %.0f ms rendering + %.1f ms composing (thread time)%n",
                        shops, renderWall / 1e9, shops / (renderWall / 1e9), renderNanos.get() / 1e6 / shops,
                        composeNanos.get() / 1e6 / shops);
                System.out.printf(Locale.ROOT, "send over SMTP (1 thread, one connection per %d, as OutboxDelivery): %,d accepted, %,d to retry,"
                                + " %,d refused, in %.1f s = %.1f messages/s; %.1f ms per message (thread time)%n",
                        TICK, outcomes.get(SendOutcome.Verdict.SENT).get(), outcomes.get(SendOutcome.Verdict.RETRY_LATER).get(),
                        outcomes.get(SendOutcome.Verdict.REFUSED_FOR_GOOD).get(), sendWall / 1e9,
                        shops / (sendWall / 1e9), sendNanos.get() / 1e6 / shops);
                failures.stream().limit(5).forEach(f -> System.out.println("  failed: " + f));
                System.out.printf(Locale.ROOT, "whole run (render + queue + send): %.1f s for %,d reports (target for 1,000 under 60 s: %s)%n",
                        runWall / 1e9, shops,
                        shops < 1000 ? "applies to 1,000" : runWall / 1e9 < 60 ? "met" : "NOT met");
                received.report(queue, mailing.mailboxes().size(), verifyNanos);
            } finally {
                pool.shutdownNow();
            }

            long[] sizes = new long[shops];
            for (int i = 0; i < shops; i++) {
                sizes[i] = size(queue[i]);
            }
            System.out.printf(Locale.ROOT, "message size: average %s (min %s, max %s); in it a PDF of %s and PNG charts"
                            + " of %s on average (before base64)%n", kib(average(sizes)), kib(min(sizes)),
                    kib(max(sizes)), kib(average(pdfBytes)), kib(average(pngBytes)));
        } finally {
            mail.stop();
        }
    }

    /**
     * Single-threaded, before the timed run (so class loading and the JIT are behind us): the same
     * render as the run, then its two expensive parts done again on their own to split the time.
     */
    private static void warmUpAndSplit(List<ReportSources> sources, Mailing mailing) {
        int n = Math.min(WARM_UP, sources.size());
        long whole = 0;
        long charts = 0;
        long pdf = 0;
        for (int round = 0; round < 2; round++) {
            whole = 0;
            charts = 0;
            pdf = 0;
            for (int i = 0; i < n; i++) {
                ShopMonthReport report = ShopMonthReportAssembler.assemble(sources.get(i));
                Recipient to = mailing.recipient(i, report.shop());
                long a = System.nanoTime();
                ShopReportRenderer.render(report, to.locale(), to.links());
                long b = System.nanoTime();
                ReportTexts texts = new ReportTexts(to.locale());
                InlineImage trend = MonthlyCharts.trend(report, texts);
                InlineImage dimensions = MonthlyCharts.dimensions(report, texts);
                long c = System.nanoTime();
                MonthlyReportView view = MonthlyReportView.of(report, texts, to.links(), trend, dimensions);
                long d = System.nanoTime();
                ReportPdf.render(ShopReportRenderer.pdfXhtml(view, texts));
                long e = System.nanoTime();
                whole += b - a;
                charts += c - b;
                pdf += e - d;
            }
        }
        System.out.printf(Locale.ROOT, "one report, 1 thread, warm (%d reports after %d of warm-up): %.0f ms = %.0f ms two"
                        + " PNG charts + %.0f ms PDF (XHTML template and openhtmltopdf) + %.0f ms the rest (HTML and text"
                        + " templates, view)%n", n, n, whole / 1e6 / n, charts / 1e6 / n, pdf / 1e6 / n,
                (whole - charts - pdf) / 1e6 / n);
    }

    /** What GreenMail received, read back chunk by chunk: every Message-ID of the run exactly once. */
    private static final class Received {
        private long messages;
        private long duplicates;
        private final Set<String> seen = new HashSet<>();

        void collect(MailServer mail, List<String> mailboxes) {
            for (String address : mailboxes) {
                for (MailMessage m : mail.messagesFor(address)) {
                    messages++;
                    if (!seen.add(m.messageId())) {
                        duplicates++;
                    }
                }
            }
        }

        void report(MimeMessage[] queue, int mailboxes, long nanos) throws MessagingException {
            Set<String> expected = new HashSet<>();
            for (MimeMessage m : queue) {
                expected.add(m.getMessageID());
            }
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(seen);
            System.out.printf(Locale.ROOT, "GreenMail received %,d messages in %d mailboxes: %,d distinct Message-IDs, %,d"
                            + " missing, %,d duplicates, %,d unexpected -> %s (read back after every %d sent, %.1f s"
                            + " outside the timings)%n", messages, mailboxes, seen.size(), missing.size(), duplicates,
                    seen.stream().filter(id -> !expected.contains(id)).count(),
                    messages == queue.length && missing.isEmpty() && duplicates == 0 ? "OK" : "NOT OK", CHUNK, nanos / 1e9);
        }
    }

    private record Recipient(MailAddress address, String name, Locale locale, Links links, URI unsubscribe) {
    }

    /** What the run's integrator does around the renderer: recipient, links, Message-ID, MIME. */
    private static final class Mailing {
        private final MailComposer composer;
        private final UnsubscribeTokens tokens;
        private final YearMonth month;

        Mailing(MailComposer composer, UnsubscribeTokens tokens, YearMonth month) {
            this.composer = composer;
            this.tokens = tokens;
            this.month = month;
        }

        List<String> mailboxes() {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < MAILBOXES; i++) {
                all.add(mailbox(i));
            }
            return all;
        }

        private static String mailbox(int i) {
            return String.format(Locale.ROOT, "shop-manager-%02d@dealers.example.cn", i);
        }

        /** Every tenth recipient reads English, the rest Chinese (the default). */
        Recipient recipient(int n, ShopProfile shop) {
            MailAddress address = MailAddress.of(mailbox(n % MAILBOXES));
            Locale locale = n % 10 == 9 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String unsubscribe = CONSOLE + "/reports/unsubscribe/" + tokens.issue(address, shop.id());
            Links links = new Links(CONSOLE + "/console/reports/shops/" + shop.id() + "/" + month, unsubscribe);
            return new Recipient(address, shop.name() + (locale == Locale.ENGLISH ? " manager" : " 店长"), locale, links,
                    URI.create(unsubscribe));
        }

        MimeMessage compose(ShopMonthReport report, RenderedReport rendered, Recipient to) throws MessagingException {
            String html = rendered.html();
            List<OutgoingMail.InlineImage> images = new ArrayList<>();
            for (InlineImage image : rendered.images()) {
                // core's OutgoingMail on main takes content ids without '@' while the charts' are
                // local@domain; until core accepts both (branch report-runs), the id and the HTML's
                // cid: reference are rewritten together, so the mail is the same size and still shows
                String plain = image.contentId().replace('@', '.');
                html = html.replace("cid:" + image.contentId(), "cid:" + plain);
                images.add(new OutgoingMail.InlineImage(plain, image.png()));
            }
            String file = (to.locale() == Locale.ENGLISH ? "service-report-" : "服务质量月报-") + report.shop().code() + "-"
                    + month + ".pdf";
            String messageId = new OutboxKey(ReportKind.SHOP_MONTHLY, month, report.shop().id(), to.address()).messageId();
            return composer.compose(new OutgoingMail(to.address(), to.name(), rendered.subject(), rendered.text(), html,
                    images, List.of(OutgoingMail.Attachment.pdf(file, rendered.pdf())), messageId, to.unsubscribe(),
                    null));
        }
    }

    /** Plausible report inputs: scores around 88, skewed sample counts, a few flagged samples. */
    private static final class Synthetic {
        private final Random random;
        private final YearMonth month;

        Synthetic(Random random, YearMonth month) {
            this.random = random;
            this.month = month;
        }

        List<ReportSources> sources(int count) {
            List<ShopProfile> shops = new ArrayList<>();
            List<SortedMap<YearMonth, ScoreTotals>> months = new ArrayList<>();
            SortedMap<YearMonth, ScoreTotals> nation = new TreeMap<>();
            Map<Integer, ScoreTotals> groups = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                int group = i % GROUPS;
                String[] city = CITIES[random.nextInt(CITIES.length)];
                String[] brand = BRANDS[random.nextInt(BRANDS.length)];
                String id = UUID.nameUUIDFromBytes(("shop-" + i).getBytes(StandardCharsets.UTF_8)).toString();
                String name = city[1] + TRADE_NAMES[group % TRADE_NAMES.length] + brand[1] + "第" + (i / GROUPS + 1) + "4S店";
                shops.add(new ShopProfile(id, "tenant-" + group, String.format(Locale.ROOT, "S%05d", i), name, brand[0],
                        brand[1], brand[2], city[0], city[1], true));
                double level = 88 + 2.5 * random.nextGaussian();
                long volume = Math.max(8, Math.round(Math.exp(4.2 + 0.6 * random.nextGaussian())));
                SortedMap<YearMonth, ScoreTotals> shopMonths = new TreeMap<>();
                for (int back = ShopMonthReportAssembler.TREND_MONTHS - 1; back >= 0; back--) {
                    YearMonth m = month.minusMonths(back);
                    // now and then a month without samples (not the report month of most shops)
                    if (random.nextInt(100) < (back == 0 ? 1 : 3)) {
                        continue;
                    }
                    long n = Math.max(1, Math.round(volume * (0.7 + 0.6 * random.nextDouble())));
                    ScoreTotals totals = totals(n, level + random.nextGaussian(), 10);
                    shopMonths.put(m, totals);
                    nation.merge(m, totals, ScoreTotals::plus);
                    if (back == 0) {
                        groups.merge(group, totals, ScoreTotals::plus);
                    }
                }
                months.add(shopMonths);
            }
            List<ReportSources> sources = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ShopProfile shop = shops.get(i);
                ScoreTotals now = months.get(i).getOrDefault(month, ScoreTotals.NONE);
                double level = now.validSamples() == 0 ? 88 : now.mean();
                List<ReportSources.AdvisorTotals> advisors = new ArrayList<>();
                for (int a = 0; a < ADVISORS; a++) {
                    long n = Math.max(0, now.validSamples() / ADVISORS + random.nextInt(5) - 2);
                    advisors.add(new ReportSources.AdvisorTotals(personName(),
                            n == 0 ? ScoreTotals.NONE : totals(n, level + 2 * random.nextGaussian(), 9)));
                }
                List<ReportSources.CustomerComment> comments = new ArrayList<>();
                for (int c = 0; c < COMMENTS; c++) {
                    comments.add(new ReportSources.CustomerComment(comment(), month.atDay(1 + random.nextInt(28)),
                            OptionalDouble.of(Math.round(Math.min(100, level + 8 * random.nextGaussian())))));
                }
                Map<String, Long> flagged = new LinkedHashMap<>();
                flagged.put("SPEEDER", now.suspectSamples());
                flagged.put("SAME_DEVICE", now.invalidSamples() / 2);
                flagged.put("STRAIGHT_LINING", now.invalidSamples() - now.invalidSamples() / 2);
                Optional<Standing> standing = random.nextInt(10) < 8
                        ? Optional.of(new Standing(month.getYear() + " 年度服务之星", 1 + random.nextInt(count), count,
                        10, Math.round(random.nextDouble() * 60) / 10.0, false))
                        : Optional.empty();
                sources.add(new ReportSources(shop, TRADE_NAMES[i % GROUPS % TRADE_NAMES.length] + "汽车集团" + (i % GROUPS),
                        month, months.get(i), groups.get(i % GROUPS), nation, advisors, comments, flagged, REASONS,
                        standing));
            }
            return sources;
        }

        /** n valid samples with this mean and SD, dimension means around it, NPS answers, a few flagged. */
        private ScoreTotals totals(long n, double mean, double sd) {
            mean = Math.min(99, mean);
            double[] sums = new double[Dimension.values().length];
            long[] counts = new long[sums.length];
            for (int d = 0; d < sums.length; d++) {
                counts[d] = n - (n >= 10 ? random.nextInt((int) (n / 10)) : 0);
                sums[d] = counts[d] * Math.min(100, mean + 3 * random.nextGaussian());
            }
            long promoters = Math.round(n * (0.45 + 0.2 * random.nextDouble()));
            long detractors = Math.min(n - promoters, Math.round(n * 0.12 * random.nextDouble()));
            return new ScoreTotals(n, n * mean, n * mean * mean + (n - 1) * sd * sd, sums, counts, n, promoters,
                    detractors, random.nextInt((int) Math.max(1, n / 20) + 1), random.nextInt((int) Math.max(1, n / 40) + 1));
        }

        private String personName() {
            return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        }

        /** About 40 characters; one in eight starts like a formula, one in ten carries markup. */
        private String comment() {
            int kind = random.nextInt(40);
            String text = PHRASES[random.nextInt(PHRASES.length)] + PHRASES[random.nextInt(PHRASES.length)]
                    + ENDINGS[random.nextInt(ENDINGS.length)];
            if (kind < 5) {
                return FORMULAS[kind % FORMULAS.length] + text;
            }
            if (kind < 9) {
                return "<b>" + text + "</b><script>alert(1)</script>";
            }
            return text;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Exports

    private static void exports(Path work) throws Exception {
        long rows = env("BENCH_EXPORT_ROWS", 1_000_000);
        String heap = System.getenv().getOrDefault("BENCH_EXPORT_HEAP", "64m");
        System.out.println();
        System.out.printf(Locale.ROOT, "== Export of %,d samples (%d columns), each format in a child JVM with -Xmx%s ==%n",
                rows, SampleExport.TABLE.columns().size(), heap);
        long t0 = System.nanoTime();
        long checksum = 0;
        RowSource source = new RowSource(rows);
        while (source.hasNext()) {
            checksum += source.next().comment().length();
        }
        System.out.printf(Locale.ROOT, "generating and mapping the rows alone (no writer): %.1f s (%,d comment chars)%n",
                seconds(t0), checksum);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean keep = System.getenv("BENCH_KEEP_FILES") != null;
        for (ExportFormat format : ExportFormat.values()) {
            Path file = work.resolve("samples." + format.extension());
            Process child = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    ReportsBenchmark.class.getName(), CHILD, format.name(), Long.toString(rows), file.toString())
                    .inheritIO().start();
            int exit = child.waitFor();
            if (exit != 0) {
                System.out.printf(Locale.ROOT, "%s: child JVM failed with exit code %d%n", format, exit);
            }
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
        if (keep) {
            System.out.println("files kept in " + work);
        }
    }

    /** Runs in the child JVM: one format, rows pulled one at a time, heap sampled meanwhile. */
    private static void exportChild(ExportFormat format, long rows, Path file) throws Exception {
        HeapSampler heap = HeapSampler.start();
        long t0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            TableWriter writer = format.open(out, SampleExport.TABLE.name());
            SampleExport.TABLE.writeAll(writer, Locale.SIMPLIFIED_CHINESE, new RowSource(rows));
        }
        double took = seconds(t0);
        heap.stop();
        System.out.printf(Locale.ROOT, "%-4s %,d rows in %.1f s = %,.0f rows/s; file %s; heap: baseline %s after GC,"
                        + " peak %s used (sampled every 50 ms), peak %s live after a GC; max heap %s; %d GCs%n",
                format, rows, took, rows / took, mib(Files.size(file)), mib(heap.baseline), mib(heap.peak),
                mib(heap.peakAfterGc), mib(Runtime.getRuntime().maxMemory()), heap.collections());
    }

    /**
     * Synthetic samples made on demand, like the survey module's forward-only cursor: a
     * {@link SampleLine} as core publishes it, then the row the export writes (names looked up,
     * scores to two decimals), as {@code SampleExports} does.
     */
    private static final class RowSource implements java.util.Iterator<SampleRow> {
        private static final int SHOPS = 1000;
        private final long rows;
        private final Random random = new Random(42);
        private final String[] shopNames = new String[SHOPS];
        private final String[] shopCodes = new String[SHOPS];
        private final String[] advisors = new String[SHOPS * 3];
        private final Instant start;
        private final YearMonth firstMonth;
        private long next;

        RowSource(long rows) {
            this.rows = rows;
            for (int s = 0; s < SHOPS; s++) {
                String[] city = CITIES[s % CITIES.length];
                String[] brand = BRANDS[s % BRANDS.length];
                shopNames[s] = city[1] + TRADE_NAMES[s % TRADE_NAMES.length] + brand[1] + "第" + (s / 10 + 1) + "4S店";
                shopCodes[s] = String.format(Locale.ROOT, "S%05d", s);
            }
            for (int a = 0; a < advisors.length; a++) {
                advisors[a] = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                        + GIVEN[random.nextInt(GIVEN.length)];
            }
            firstMonth = YearMonth.now(BEIJING).minusMonths(12);
            start = firstMonth.atDay(1).atStartOfDay(BEIJING).toInstant();
        }

        @Override
        public boolean hasNext() {
            return next < rows;
        }

        @Override
        public SampleRow next() {
            long i = next++;
            int shop = random.nextInt(SHOPS);
            Instant at = start.plusSeconds((long) (i * (365.0 * 86400 / rows)));
            YearMonth month = YearMonth.from(at.atZone(BEIJING));
            double overall = Math.min(100, Math.max(20, 88 + 10 * random.nextGaussian()));
            Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                if (random.nextInt(20) != 0) {
                    dimensions.put(d, Math.min(100, Math.max(10, overall + 6 * random.nextGaussian())));
                }
            }
            int flag = random.nextInt(100);
            String status = flag < 3 ? "SUSPECT" : flag < 5 ? "INVALID" : "VALID";
            List<String> reasons = flag < 3 ? List.of("SPEEDER") : flag < 5 ? List.of("SAME_DEVICE", "STRAIGHT_LINING")
                    : List.of();
            SampleLine line = new SampleLine(new UUID(random.nextLong(), random.nextLong()).toString(), "tenant-" + shop % 40,
                    "shop-" + shop, random.nextInt(4) == 0 ? null : "adv-" + (shop * 3 + random.nextInt(3)), month, at,
                    random.nextBoolean() ? "MAINTENANCE" : "REPAIR", overall, dimensions,
                    random.nextInt(10) == 0 ? null : random.nextInt(11), status, reasons,
                    comment(i));
            return row(line);
        }

        private String comment(long i) {
            String text = PHRASES[(int) (i % PHRASES.length)] + PHRASES[random.nextInt(PHRASES.length)]
                    + ENDINGS[random.nextInt(ENDINGS.length)];
            return i % 50 == 0 ? FORMULAS[(int) (i / 50 % FORMULAS.length)] + text : text;
        }

        private SampleRow row(SampleLine line) {
            int shop = Integer.parseInt(line.shopId().substring(5));
            Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
            line.dimensions().forEach((d, score) -> dimensions.put(d, rounded(score)));
            String advisor = line.advisorId() == null ? null : advisors[Integer.parseInt(line.advisorId().substring(4))];
            return new SampleRow(line.id(), shopCodes[shop], shopNames[shop], line.month(), line.submittedAt(),
                    line.visitType(), advisor, rounded(line.overall()), dimensions, line.npsAnswer(), line.status(),
                    line.reasonCodes(), line.comment());
        }

        private static Double rounded(double value) {
            return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
        }
    }

    /** Heap in use every 50 ms (garbage included), and the heap left after the latest collection. */
    private static final class HeapSampler implements Runnable {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-sampler");
        private final long baseline;
        private final long gcsBefore;
        private volatile long peak;
        private volatile long peakAfterGc;

        private HeapSampler() {
            System.gc();
            baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            gcsBefore = gcCount();
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            long afterGc = 0;
            for (MemoryPoolMXBean pool : pools) {
                if (pool.getCollectionUsage() != null) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        long collections() {
            return gcCount() - gcsBefore;
        }

        private static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
        }
    }

    // ------------------------------------------------------------------------------------------

    private static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static long size(MimeMessage message) throws IOException, MessagingException {
        long[] count = new long[1];
        message.writeTo(new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        });
        return count[0];
    }

    private static double average(long[] values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static long min(long[] values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static long max(long[] values) {
        long m = 0;
        for (long v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static String kib(double bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024);
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
