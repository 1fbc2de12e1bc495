package org.dealerplatform.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * {@code scores.csv} / {@code scores.xlsx}: one row per shop and month with samples, from the
 * rollups (core's ScoreReader), never from the samples. At most shops × 24 months of sums, read in
 * the request; only the writing streams.
 */
@ApplicationScoped
public class ScoreExports {

    @Inject
    Instance<ScoreReader> scores;

    @Inject
    ExportSlots slots;

    @Transactional
    public StreamingOutput of(List<ShopProfile> shops, ExportPeriod period, ExportFormat format, Locale locale) {
        ExportFile file = prepare(shops, period, format, locale);
        ExportSlots.Slot slot = slots.take();
        return out -> {
            try (slot) {
                file.writeTo(out, ExportFile.RowCounter.NONE);
            }
        };
    }

    /** The rows read now (they are sums, few); only the writing is left for later. */
    @Transactional
    public Prepared prepare(List<ShopProfile> shops, ExportPeriod period, ExportFormat format, Locale locale) {
        List<ShopScoreRow> rows = shops.isEmpty() || !scores.isResolvable() ? List.of() : rows(shops,
                scores.get().shopMonths(ScoreQuery.of(shops.stream().map(ShopProfile::id).collect(Collectors.toSet()),
                        period.from(), period.to())));
        return new Prepared(rows, format, locale);
    }

    /** Shop scores read and ready to write; {@link #rows()} is exact, not an estimate. */
    public record Prepared(List<ShopScoreRow> shopMonths, ExportFormat format, Locale locale) implements ExportFile {

        public long rows() {
            return shopMonths.size();
        }

        @Override
        public long writeTo(java.io.OutputStream out, RowCounter counter) throws java.io.IOException {
            TableWriter writer = format.open(out, ShopScoreExport.TABLE.name());
            ShopScoreExport.TABLE.writeHeader(writer, locale);
            long written = 0;
            for (ShopScoreRow row : shopMonths) {
                ShopScoreExport.TABLE.writeRow(writer, row);
                counter.written(++written);
            }
            writer.close();
            return written;
        }
    }

    /** In the shops' order (group, then code), each shop's months oldest first. */
    static List<ShopScoreRow> rows(List<ShopProfile> shops, Map<String, SortedMap<YearMonth, ScoreTotals>> months) {
        List<ShopScoreRow> rows = new ArrayList<>();
        for (ShopProfile shop : shops) {
            months.getOrDefault(shop.id(), java.util.Collections.emptySortedMap())
                    .forEach((month, totals) -> rows.add(row(shop, month, totals)));
        }
        return rows;
    }

    static ShopScoreRow row(ShopProfile shop, YearMonth month, ScoreTotals totals) {
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, Figures.rounded(totals.dimensionMean(d)));
        }
        // "flagged" is what still waits for review; invalid samples are settled
        return new ShopScoreRow(shop.code(), shop.name(), month, Math.toIntExact(totals.validSamples()),
                Figures.rounded(totals.mean()), Figures.rounded(totals.margin()), dimensions,
                Figures.rounded(totals.nps()), totals.suspectSamples() > 0);
    }
}
