/**
 * Samples and monthly shop scores as CSV or XLSX, written row by row to the response stream so an
 * export of a million rows never sits in memory. The integrator reads rows from a JDBC cursor into
 * {@link org.dealerplatform.reporting.export.SampleRow} or
 * {@link org.dealerplatform.reporting.export.ShopScoreRow} and hands each to
 * {@link org.dealerplatform.reporting.export.ExportTable#writeRow}.
 *
 * <p>Both formats read the same: text cells that a spreadsheet would take for a formula are
 * neutralised ({@link org.dealerplatform.reporting.export.CellText}); numbers stay numbers. Times
 * are Beijing time: in XLSX a real date cell formatted {@code yyyy-mm-dd hh:mm:ss}, in CSV the
 * text {@code 2026-11-03 14:05:00} (ISO 8601 with a space, which Excel reads as a date). Months are
 * the text {@code 2026-11} in both. Phone numbers and device or address hashes are never exported:
 * the row types have no field for them.
 */
package org.dealerplatform.reporting.export;
