package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.overview.GroupReport;
import org.dealerplatform.reporting.overview.NationalReport;
import org.dealerplatform.reporting.overview.OverviewSources;

/**
 * What a run's group and national reports are made of, each read in one transaction (core's
 * readers need one) through the same {@link OverviewSources} the console pages use, so a mailed
 * report shows the figures the console shows.
 */
@ApplicationScoped
public class OverviewRunSources {

    @Inject
    OverviewSources sources;

    @Inject
    ShopReportSources shops;

    @Inject
    Instance<ShopDirectory> directory;

    /** The month's sources of every dealer group that gets reports (active, reporting module enabled). */
    @Transactional
    public List<GroupReport.Sources> groups(YearMonth month) {
        if (!directory.isResolvable()) {
            return List.of();
        }
        List<String> reported = directory.get().groupNames().keySet().stream().sorted()
                .filter(shops::reportsEnabled).toList();
        if (reported.isEmpty()) {
            return List.of();
        }
        OverviewSources.GroupMonth all = sources.groupsOfMonth(month);
        return reported.stream().map(all::of).toList();
    }

    /** The national report of the month in one language (province names come from the shop owner's lists). */
    @Transactional
    public NationalReport national(YearMonth month, Locale locale) {
        ReportTexts texts = new ReportTexts(locale);
        OverviewSources.NationalSources s = sources.national(month);
        return NationalReport.of(month, s.shops(), s.byShop(), sources.provinceNames(texts.locale()), texts);
    }
}
