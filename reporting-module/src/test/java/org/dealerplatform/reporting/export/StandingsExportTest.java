package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dealerplatform.core.standings.ContestLevel;
import org.dealerplatform.core.standings.EntryStanding;
import org.dealerplatform.core.standings.SeasonStandings;
import org.dealerplatform.core.web.ApiException;
import org.junit.jupiter.api.Test;

/** A season's standings as export rows and files: ranks as the competition gave them, nothing invented. */
class StandingsExportTest {

    // two award places; group A holds ranks 1 and 3, group B rank 2 and an entry held back for review
    static final SeasonStandings SEASON = new SeasonStandings("s-1", "2026", "2026 年度服务之星", ContestLevel.SHOP,
            false, 2, 88.75, List.of(
                    entry(1, "=HYPERLINK(\"http://evil\",\"x\")", "A", 91.2, 0.62),
                    entry(2, "深圳南山丰田4S店", "B", 88.75, 0.41),
                    entry(3, "杭州西湖丰田4S店", "A", 86.9, 0.05),
                    new EntryStanding(null, "广州天河丰田4S店", "广州天河丰田4S店", "B", "华南汽车集团", 12, 4, 85.0, 3.1,
                            null, null, 0, false, List.of("样本不足：12 个，至少 30 个", "有待核查的样本"))));

    static EntryStanding entry(int rank, String name, String tenant, double score, double pAward) {
        return new EntryStanding(rank, name, name, tenant, "A".equals(tenant) ? "华东汽车服务集团" : "华南汽车集团", 40, 1,
                score + 0.5, 1.8, score, -0.5, pAward, true, List.of());
    }

    @Test
    void rowsKeepTheCompetitionsRanksAndSayWhoHoldsAnAwardPlace() {
        List<StandingsExportRow> rows = StandingsExport.rows(SEASON);
        assertEquals(4, rows.size());
        assertEquals(List.of(true, true, false, false), rows.stream().map(StandingsExportRow::awardPlace).toList());
        StandingsExportRow third = rows.get(2);
        assertEquals(3, third.rank());
        assertEquals(86.9, third.score());
        assertEquals(87.4, third.mean());
        assertEquals(-0.5, third.adjustment());
        assertEquals(0.05, third.pAward());
        StandingsExportRow held = rows.get(3);
        assertNull(held.rank());
        assertNull(held.pAward(), "no award probability for an entry that is not ranked");
        assertNull(held.score());
        assertEquals("样本不足：12 个，至少 30 个; 有待核查的样本", held.reasons());
        assertFalse(held.eligible());
        assertNull(rows.get(0).reasons());
    }

    @Test
    void aGroupSeesOnlyItsOwnEntriesWithTheirRanksInTheWholeField() {
        SeasonStandings b = SEASON.ofGroup("B");
        assertEquals(List.of("深圳南山丰田4S店", "广州天河丰田4S店"), b.entries().stream().map(EntryStanding::name).toList());
        assertEquals(2, StandingsExport.rows(b).get(0).rank());
        assertTrue(StandingsExport.rows(b).get(0).awardPlace());
        assertEquals(88.75, b.cutoff());
        assertTrue(SEASON.ofGroup("C").entries().isEmpty());
    }

    @Test
    void theCsvStartsWithABomAndAFormulaLikeNameOpensAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StandingsExport.SHOPS.writeAll(ExportFormat.CSV.open(out, "standings"), Locale.ENGLISH,
                StandingsExport.rows(SEASON).iterator());
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertEquals(List.of("Rank", "Shop", "Dealer group", "Valid samples", "Flagged samples", "Mean", "Margin (±)",
                "Adjusted score", "Adjustment", "Award probability", "In the award places", "Eligible",
                "Not ranked because"), records.get(0).toList());
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", records.get(1).get(1));
        assertEquals("1", records.get(1).get(0));
        assertEquals("91.2", records.get(1).get(7));
        assertEquals("", records.get(4).get(0), "not ranked: no rank");
        assertEquals(5, records.size());
    }

    @Test
    void theXlsxHasTheSameCellsAndAdvisorsAlsoNameTheirShop() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StandingsExport.ADVISORS.writeAll(ExportFormat.XLSX.open(out, "standings"), Locale.CHINESE,
                StandingsExport.rows(SEASON).iterator());
        Map<String, XlsxCells.Cell> cells = XlsxCells.read(out.toByteArray());
        assertEquals("排名", cells.get("A1").text());
        assertEquals("服务顾问", cells.get("B1").text());
        assertEquals("门店", cells.get("C1").text());
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", cells.get("B2").text());
        assertEquals("1", cells.get("A2").text());
        assertEquals("88.75", cells.get("I3").text(), "the adjusted score is a number");
        assertEquals(StandingsExport.SHOPS.columns().size() + 1, StandingsExport.ADVISORS.columns().size());
    }

    @Test
    void theLevelIsShopOrAdvisor() {
        assertEquals(ContestLevel.SHOP, StandingsExportResource.level("shop"));
        assertEquals(ContestLevel.ADVISOR, StandingsExportResource.level(" ADVISOR "));
        assertThrows(ApiException.class, () -> StandingsExportResource.level("TEAM"));
        assertThrows(ApiException.class, () -> StandingsExportResource.level(null));
    }
}
