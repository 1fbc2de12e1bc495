package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTest {

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1:A2)", "\tx", "\rx");

    private static SampleRow sample(String comment) {
        return new SampleRow("s-001", "BJ01", "北京一店", YearMonth.of(2026, 11),
                Instant.parse("2026-11-03T06:05:00Z"), "保养", "李娜", 91.25,
                Map.of(Dimension.ADVISOR, 95.0, Dimension.PRICE, 80.5), 9, "VALID",
                List.of("too fast", "same device"), comment);
    }

    private static byte[] csv(List<SampleRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExport.TABLE.writeAll(ExportFormat.CSV.open(out, "samples"), Locale.CHINESE, rows.iterator());
        return out.toByteArray();
    }

    private static byte[] xlsx(List<SampleRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExport.TABLE.writeAll(ExportFormat.XLSX.open(out, "samples"), Locale.ENGLISH, rows.iterator());
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    @Test
    void csv_starts_with_a_bom_uses_crlf_and_round_trips_chinese() throws Exception {
        byte[] bytes = csv(List.of(sample("服务很好，\"非常\"满意\n下次再来")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"));

        List<CSVRecord> records = parse(bytes);
        assertEquals(2, records.size());
        assertEquals(SampleExport.TABLE.headers(Locale.CHINESE), records.get(0).toList());
        assertEquals(List.of("s-001", "BJ01", "北京一店", "2026-11", "2026-11-03 14:05:00", "保养", "李娜", "91.25",
                        "95", "", "", "80.5", "", "9", "VALID", "too fast; same device", "服务很好，\"非常\"满意\n下次再来"),
                records.get(1).toList());
    }

    @Test
    void formula_like_text_is_neutralised_in_csv() throws Exception {
        List<SampleRow> rows = HOSTILE.stream().map(ExportTest::sample).toList();
        List<CSVRecord> records = parse(csv(rows));
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals("'" + HOSTILE.get(i), records.get(i + 1).get(16));
        }
    }

    @Test
    void formula_like_text_is_neutralised_in_xlsx_and_numbers_stay_numbers() throws Exception {
        List<SampleRow> rows = HOSTILE.stream().map(ExportTest::sample).toList();
        Map<String, XlsxCells.Cell> cells = XlsxCells.read(xlsx(rows));
        for (int i = 0; i < HOSTILE.size(); i++) {
            XlsxCells.Cell comment = cells.get("Q" + (i + 2));
            assertEquals("inlineStr", comment.type());
            assertEquals("'" + HOSTILE.get(i), comment.text());
        }
        assertEquals("Comment", cells.get("Q1").text());
        assertEquals("北京一店", cells.get("C2").text());
        XlsxCells.Cell overall = cells.get("H2");
        assertTrue(overall.type() == null || overall.type().equals("n"), "numeric cell, got t=" + overall.type());
        assertEquals(91.25, Double.parseDouble(overall.text()));
        assertEquals(9, Double.parseDouble(cells.get("N2").text()));
        assertNull(cells.get("J2"), "missing dimension stays empty");
        XlsxCells.Cell submitted = cells.get("E2");
        assertTrue(submitted.type() == null || submitted.type().equals("n"), "a date is a number with a format");
        assertEquals(46329.586805, Double.parseDouble(submitted.text()), 1e-5, "2026-11-03 14:05 Beijing");
        assertTrue(submitted.style() != null && !submitted.style().equals("0"), "date format applied");
        String styles = new String(XlsxCells.entry(xlsx(rows), "xl/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("yyyy-mm-dd hh:mm:ss"), styles);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2", "@SUM", "\tx", "\rx"})
    void neutralise_prefixes_a_quote(String text) {
        assertEquals("'" + text, CellText.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "北京", "1=1", "a-b", "'=already", " =spaced"})
    void neutralise_leaves_ordinary_text(String text) {
        assertEquals(text, CellText.neutralise(text));
    }

    @Test
    void negative_numbers_are_written_as_numbers_not_neutralised() throws Exception {
        ShopScoreRow row = new ShopScoreRow("BJ01", "北京一店", YearMonth.of(2026, 11), 31, 88.0, 2.5,
                Map.of(), -12.5, true);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ShopScoreExport.TABLE.writeAll(ExportFormat.CSV.open(csv, "scores"), Locale.ENGLISH, List.of(row).iterator());
        assertEquals(List.of("BJ01", "北京一店", "2026-11", "31", "88", "2.5", "", "", "", "", "", "-12.5", "TRUE"),
                parse(csv.toByteArray()).get(1).toList());

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ShopScoreExport.TABLE.writeAll(ExportFormat.XLSX.open(xlsx, "scores"), Locale.ENGLISH, List.of(row).iterator());
        XlsxCells.Cell nps = XlsxCells.read(xlsx.toByteArray()).get("L2");
        assertTrue(nps.type() == null || nps.type().equals("n"));
        assertEquals("-12.5", nps.text());
        assertEquals("b", XlsxCells.read(xlsx.toByteArray()).get("M2").type());
    }

    @Test
    void exports_never_carry_phone_or_device_data() {
        for (Class<?> type : List.of(SampleRow.class, ShopScoreRow.class)) {
            for (var component : type.getRecordComponents()) {
                String name = component.getName().toLowerCase(Locale.ROOT);
                assertFalse(name.contains("phone") || name.contains("device") || name.contains("hash")
                        || name.contains("ip") && !name.contains("ship") || name.contains("address"), name);
            }
        }
        for (String header : SampleExport.TABLE.headers(Locale.CHINESE)) {
            assertFalse(header.contains("电话") || header.contains("手机") || header.contains("设备"), header);
        }
    }
}
