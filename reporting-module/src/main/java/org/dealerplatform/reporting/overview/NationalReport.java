package org.dealerplatform.reporting.overview;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.monthly.ReportTexts;

/**
 * The association's month: the nation's figures, the same by brand and by province (valid samples,
 * overall, NPS; sums of shop totals, so every figure is exact), and how shop scores are spread: the
 * shops with at least {@link #HISTOGRAM_MIN_SAMPLES} valid samples counted in 5-point bins (below
 * 60 in one), since a shop's mean over a handful of answers says little.
 */
public record NationalReport(String month, String monthCode, Fig nation, long shopsWithSamples, List<Group> byBrand,
                             List<Group> byProvince, List<Bin> histogram, long shopsInHistogram) {

    public static final int HISTOGRAM_MIN_SAMPLES = 10;
    static final int LOWEST_BIN = 60;
    static final int BIN_WIDTH = 5;

    /** One brand or province. */
    public record Group(String name, Fig figures) {
    }

    /** Shops whose overall falls in [from, to) (the last bin includes 100); {@code from} 0 is "below 60". */
    public record Bin(String label, int from, int to, long shops) {
    }

    public static NationalReport of(YearMonth month, List<ShopProfile> shops, Map<String, ScoreTotals> byShop,
                                    Function<String, String> provinceName, ReportTexts texts) {
        Locale locale = texts.locale();
        ScoreTotals nation = byShop.values().stream().reduce(ScoreTotals.NONE, ScoreTotals::plus);
        Map<String, ScoreTotals> brands = new LinkedHashMap<>();
        Map<String, ScoreTotals> provinces = new LinkedHashMap<>();
        for (ShopProfile shop : shops) {
            ScoreTotals t = byShop.get(shop.id());
            if (t == null) {
                continue;
            }
            brands.merge(shop.brandName(locale), t, ScoreTotals::plus);
            provinces.merge(provinceName.apply(shop.provinceCode()), t, ScoreTotals::plus);
        }
        List<Bin> bins = histogram(byShop);
        long inHistogram = bins.stream().mapToLong(Bin::shops).sum();
        long withSamples = byShop.values().stream().filter(t -> t.validSamples() > 0).count();
        return new NationalReport(texts.month(month), month.toString(), Fig.of(nation), withSamples, groups(brands),
                groups(provinces), bins, inHistogram);
    }

    /** Most valid samples first: the figures that carry the most weight lead; then by name. */
    private static List<Group> groups(Map<String, ScoreTotals> totals) {
        return totals.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ScoreTotals> e) -> e.getValue().validSamples())
                        .reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new Group(e.getKey(), Fig.of(e.getValue()))).toList();
    }

    static List<Bin> histogram(Map<String, ScoreTotals> byShop) {
        List<Bin> bins = new ArrayList<>();
        bins.add(new Bin("<" + LOWEST_BIN, 0, LOWEST_BIN, 0));
        for (int from = LOWEST_BIN; from < 100; from += BIN_WIDTH) {
            bins.add(new Bin(from + "–" + (from + BIN_WIDTH), from, from + BIN_WIDTH, 0));
        }
        long[] counts = new long[bins.size()];
        for (ScoreTotals t : byShop.values()) {
            if (t.validSamples() < HISTOGRAM_MIN_SAMPLES) {
                continue;
            }
            // the printed score decides the bin: a shop shown as 80.0 is in 80–85, never in 75–80
            double score = GroupReport.round1(t.mean());
            int index = score < LOWEST_BIN ? 0 : Math.min(bins.size() - 1, 1 + (int) ((score - LOWEST_BIN) / BIN_WIDTH));
            counts[index]++;
        }
        List<Bin> counted = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            counted.add(new Bin(b.label(), b.from(), b.to(), counts[i]));
        }
        return counted;
    }
}
