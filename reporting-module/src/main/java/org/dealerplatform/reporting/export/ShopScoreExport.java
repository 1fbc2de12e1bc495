package org.dealerplatform.reporting.export;

import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.scores.Dimension;

/** The columns of {@code scores.csv} / {@code scores.xlsx}: one row per shop and month. */
public final class ShopScoreExport {

    public static final ExportTable<ShopScoreRow> TABLE = new ExportTable<>("scores", columns());

    private ShopScoreExport() {
    }

    private static List<Column<ShopScoreRow>> columns() {
        List<Column<ShopScoreRow>> columns = new ArrayList<>(List.of(
                new Column<>("门店代码", "Shop code", ShopScoreRow::shopCode),
                new Column<>("门店名称", "Shop name", ShopScoreRow::shopName),
                new Column<>("月份", "Month", r -> r.month() == null ? null : r.month().toString()),
                new Column<>("有效样本数", "Valid samples", ShopScoreRow::validSamples),
                new Column<>("总分", "Overall", ShopScoreRow::overall),
                new Column<>("误差范围（±）", "Margin (±)", ShopScoreRow::margin)));
        for (Dimension dimension : Dimension.values()) {
            columns.add(new Column<>(dimension.labelZh(), dimension.labelEn(), r -> r.dimensionScores().get(dimension)));
        }
        columns.add(new Column<>("NPS", "NPS", ShopScoreRow::nps));
        columns.add(new Column<>("待核查", "Flagged", ShopScoreRow::flagged));
        return columns;
    }
}
