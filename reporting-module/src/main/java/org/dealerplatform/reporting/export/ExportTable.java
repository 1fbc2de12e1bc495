package org.dealerplatform.reporting.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** An export's columns as data, so the CSV and the XLSX of it can never disagree. */
public final class ExportTable<R> {

    private final String name;
    private final List<Column<R>> columns;

    public ExportTable(String name, List<Column<R>> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** Used as the file and sheet name. */
    public String name() {
        return name;
    }

    public List<Column<R>> columns() {
        return columns;
    }

    public List<String> headers(Locale locale) {
        return columns.stream().map(column -> column.header(locale)).toList();
    }

    public void writeHeader(TableWriter writer, Locale locale) throws IOException {
        writer.header(headers(locale));
    }

    public void writeRow(TableWriter writer, R row) throws IOException {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            cells.add(column.value().apply(row));
        }
        writer.row(cells);
    }

    /** Header, every row the iterator yields (pulled one at a time), and the end of the file. */
    public void writeAll(TableWriter writer, Locale locale, Iterator<? extends R> rows) throws IOException {
        try (writer) {
            writeHeader(writer, locale);
            while (rows.hasNext()) {
                writeRow(writer, rows.next());
            }
        }
    }
}
