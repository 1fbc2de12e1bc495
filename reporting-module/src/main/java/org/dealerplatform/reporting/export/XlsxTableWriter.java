package org.dealerplatform.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One-sheet XLSX, streamed with fastexcel. Text goes in as inline strings rather than through
 * the shared-strings table, which fastexcel keeps in memory until the end: with a million distinct
 * comments that table would be the whole export.
 */
public final class XlsxTableWriter implements TableWriter {

    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
    private static final String DATE = "yyyy-mm-dd";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        workbook = new Workbook(out, "DealerPlatform", "1.0");
        sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> names) throws IOException {
        for (int c = 0; c < names.size(); c++) {
            sheet.inlineString(row, c, CellText.neutralise(names.get(c)));
            sheet.style(row, c).bold().set();
        }
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            cell(c, cells.get(c));
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void cell(int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, c, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, c, bool);
        } else if (value instanceof LocalDateTime time) {
            sheet.value(row, c, time);
            sheet.style(row, c).format(DATE_TIME).set();
        } else if (value instanceof LocalDate date) {
            sheet.value(row, c, date);
            sheet.style(row, c).format(DATE).set();
        } else {
            sheet.inlineString(row, c, CellText.neutralise(value.toString()));
        }
    }

    /** Writes the end of the file; the stream stays open for its owner. */
    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
