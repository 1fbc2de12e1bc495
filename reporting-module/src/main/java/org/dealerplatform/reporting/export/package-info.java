/**
 * Samples and monthly shop scores as CSV or XLSX ({@code GET /api/v1/exports/samples.csv} and
 * friends, {@link org.dealerplatform.reporting.export.ExportsResource}), written row by row to the
 * response stream so an export of a million rows never sits in memory. Samples come from core's
 * {@code SampleRows} (the survey module's forward-only cursor) straight into
 * {@link org.dealerplatform.reporting.export.ExportTable#writeRow}; shop scores from core's
 * {@code ScoreReader} (rollups, at most shops × 24 months). Who may export which shops is decided
 * once, before the first byte ({@link org.dealerplatform.reporting.export.ExportScope}).
 *
 * <p>Both formats read the same: text cells that a spreadsheet would take for a formula are
 * neutralised ({@link org.dealerplatform.reporting.export.CellText}); numbers stay numbers. Times
 * are Beijing time: in XLSX a real date cell formatted {@code yyyy-mm-dd hh:mm:ss}, in CSV the
 * text {@code 2026-11-03 14:05:00} (ISO 8601 with a space, which Excel reads as a date). Months are
 * the text {@code 2026-11} in both. Phone numbers and device or address hashes are never exported:
 * the row types have no field for them.
 *
 * <p>Long exports are written by the background jobs of {@code exportjobs} through the same
 * {@link org.dealerplatform.reporting.export.ExportFile}s, so a file from the background and a
 * streamed download of the same months hold the same bytes.
 */
package org.dealerplatform.reporting.export;
