package org.dealerplatform.reporting.export;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.scores.Dimension;

/** The columns of {@code samples.csv} / {@code samples.xlsx}. */
public final class SampleExport {

    /** Shops and customers read times in Beijing time, whatever the server's zone. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public static final ExportTable<SampleRow> TABLE = new ExportTable<>("samples", columns());

    private SampleExport() {
    }

    private static List<Column<SampleRow>> columns() {
        List<Column<SampleRow>> columns = new ArrayList<>(List.of(
                new Column<>("样本编号", "Sample ID", SampleRow::sampleId),
                new Column<>("门店代码", "Shop code", SampleRow::shopCode),
                new Column<>("门店名称", "Shop name", SampleRow::shopName),
                new Column<>("月份", "Month", r -> r.month() == null ? null : r.month().toString()),
                new Column<>("提交时间（北京时间）", "Submitted at (Beijing time)",
                        r -> r.submittedAt() == null ? null : LocalDateTime.ofInstant(r.submittedAt(), BEIJING)),
                new Column<>("服务类型", "Visit type", SampleRow::visitType),
                new Column<>("服务顾问姓名", "Advisor name", SampleRow::advisor),
                new Column<>("总分", "Overall", SampleRow::overall)));
        for (Dimension dimension : Dimension.values()) {
            columns.add(new Column<>(dimension.labelZh(), dimension.labelEn(), r -> r.dimensionScores().get(dimension)));
        }
        columns.addAll(List.of(
                new Column<>("推荐意愿（0-10）", "NPS answer (0-10)", SampleRow::npsAnswer),
                new Column<>("状态", "Status", SampleRow::status),
                new Column<>("筛查原因", "Screening reasons", r -> String.join("; ", r.screeningReasons())),
                new Column<>("评论", "Comment", SampleRow::comment)));
        return columns;
    }
}
