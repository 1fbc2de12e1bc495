package org.dealerplatform.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

/** The two export formats, as the REST resource offers them ({@code samples.csv}, {@code samples.xlsx}). */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public TableWriter open(OutputStream out, String sheetName) throws IOException {
        return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheetName);
    }
}
