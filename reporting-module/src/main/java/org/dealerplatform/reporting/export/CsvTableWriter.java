package org.dealerplatform.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it without an import dialogue: UTF-8 with a byte order mark (without it
 * Excel guesses the local code page and Chinese turns to mojibake), comma separated, CRLF.
 */
public final class CsvTableWriter implements TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CSVPrinter printer;
    private long rows;

    public CsvTableWriter(OutputStream out) throws IOException {
        out.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get());
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
        if (++rows % FLUSH_EVERY == 0) {
            printer.flush();
        }
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            // plain digits, never 1.0E7; NaN and infinity are not data
            return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString().toUpperCase(java.util.Locale.ROOT);
        }
        if (cell instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return CellText.neutralise(cell.toString());
    }

    /** Flushes everything to the stream; the stream stays open for its owner. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
