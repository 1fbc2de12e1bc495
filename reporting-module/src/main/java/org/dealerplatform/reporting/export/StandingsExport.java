package org.dealerplatform.reporting.export;

import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.EntryStanding;
import org.dealerplatform.core.standings.SeasonStandings;

/**
 * The columns of {@code standings.csv} / {@code standings.xlsx}: a contest's entries in standings
 * order, ranked first. The advisors' table also names each advisor's shop.
 */
public final class StandingsExport {

    public static final ExportTable<StandingsExportRow> SHOPS = new ExportTable<>("standings", columns(false));
    public static final ExportTable<StandingsExportRow> ADVISORS = new ExportTable<>("standings", columns(true));

    private StandingsExport() {
    }

    public static ExportTable<StandingsExportRow> table(ContestLevel level) {
        return level == ContestLevel.ADVISOR ? ADVISORS : SHOPS;
    }

    public static List<StandingsExportRow> rows(SeasonStandings standings) {
        return standings.entries().stream().map(e -> row(e, standings.awardPlaces())).toList();
    }

    static StandingsExportRow row(EntryStanding e, int awardPlaces) {
        return new StandingsExportRow(e.rank(), e.name(), e.shopName(), e.groupName(), e.validSamples(),
                e.flaggedSamples(), e.mean(), e.margin(), e.score(), e.adjustment(),
                e.rank() == null ? null : e.pAward(), e.inAwardPlaces(awardPlaces), e.eligible(),
                e.reasons().isEmpty() ? null : String.join("; ", e.reasons()));
    }

    private static List<Column<StandingsExportRow>> columns(boolean advisors) {
        List<Column<StandingsExportRow>> columns = new ArrayList<>();
        columns.add(new Column<>("排名", "Rank", StandingsExportRow::rank));
        columns.add(advisors ? new Column<>("服务顾问", "Service advisor", StandingsExportRow::name)
                : new Column<>("门店", "Shop", StandingsExportRow::name));
        if (advisors) {
            columns.add(new Column<>("门店", "Shop", StandingsExportRow::shopName));
        }
        columns.addAll(List.of(
                new Column<>("经销商集团", "Dealer group", StandingsExportRow::groupName),
                new Column<>("有效样本数", "Valid samples", StandingsExportRow::validSamples),
                new Column<>("待核查及无效样本数", "Flagged samples", StandingsExportRow::flaggedSamples),
                new Column<>("平均分", "Mean", StandingsExportRow::mean),
                new Column<>("误差范围（±）", "Margin (±)", StandingsExportRow::margin),
                new Column<>("调整后得分", "Adjusted score", StandingsExportRow::score),
                new Column<>("调整幅度", "Adjustment", StandingsExportRow::adjustment),
                new Column<>("获奖概率", "Award probability", StandingsExportRow::pAward),
                new Column<>("获奖名次内", "In the award places", StandingsExportRow::awardPlace),
                new Column<>("符合排名条件", "Eligible", StandingsExportRow::eligible),
                new Column<>("未排名原因", "Not ranked because", StandingsExportRow::reasons)));
        return columns;
    }
}
