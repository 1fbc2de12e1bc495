package org.dealerplatform.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.samples.SampleLine;
import org.dealerplatform.core.samples.SampleRows;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * {@code samples.csv} / {@code samples.xlsx}: the shops' and advisors' names are looked up first
 * (a few thousand at most), then every sample goes from the survey module's cursor straight into
 * the writer, one at a time. Without the survey module the export is its header.
 */
@ApplicationScoped
public class SampleExports {

    @Inject
    Instance<SampleRows> samples;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    ExportSlots slots;

    /** Reads the names now, in the request; the rows are read while the response is written. */
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

    /** The names read now; the samples when the file is written, outside any transaction. */
    @Transactional
    public ExportFile prepare(List<ShopProfile> shops, ExportPeriod period, ExportFormat format, Locale locale) {
        Map<String, ShopProfile> byId = shops.stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity(), (a, b) -> a));
        Map<String, String> advisors = shops.isEmpty() || !directory.isResolvable() ? Map.of()
                : directory.get().advisorsOfShops(byId.keySet()).stream()
                        .collect(Collectors.toMap(AdvisorProfile::id, AdvisorProfile::name, (a, b) -> a));
        return (out, counter) -> {
            TableWriter writer = format.open(out, SampleExport.TABLE.name());
            SampleExport.TABLE.writeHeader(writer, locale);
            long[] rows = {0};
            if (samples.isResolvable()) {
                samples.get().stream(shops, period.from(), period.to(), line -> {
                    SampleExport.TABLE.writeRow(writer, row(line, byId, advisors));
                    counter.written(++rows[0]);
                });
            }
            // finished only when every row is in: a failed read leaves a broken download, not a short file
            writer.close();
            return rows[0];
        };
    }

    /**
     * About how many samples the export will hold, counted before it starts (samples filed while it
     * runs make the export longer); empty without the survey module or when it cannot count.
     */
    public OptionalLong estimate(List<ShopProfile> shops, ExportPeriod period) {
        return samples.isResolvable() ? samples.get().count(shops, period.from(), period.to()) : OptionalLong.of(0);
    }

    static SampleRow row(SampleLine line, Map<String, ShopProfile> shops, Map<String, String> advisors) {
        ShopProfile shop = shops.get(line.shopId());
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        line.dimensions().forEach((d, score) -> dimensions.put(d, Figures.rounded(score)));
        String advisor = line.advisorId() == null ? null : advisors.getOrDefault(line.advisorId(), line.advisorId());
        return new SampleRow(line.id(), shop == null ? null : shop.code(), shop == null ? null : shop.name(),
                line.month(), line.submittedAt(), line.visitType(), advisor, Figures.rounded(line.overall()),
                dimensions, line.npsAnswer(), line.status(), line.reasonCodes(), line.comment());
    }
}
