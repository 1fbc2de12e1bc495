/**
 * The alert figures of issue 11 (alerts, share of valid samples alerting, median time to first
 * contact, share resolved, overdue now) per shop, dealer group and nation, month by month and year
 * to date. Defined once, in core's {@link org.dealerplatform.core.alerts.AlertFigures}; computed
 * here by one read of {@code alert_case} per question (the cases of the period, by submission time,
 * index of migration {@code alerts} V5) and a pure tally ({@code FigureTally}, {@code Median},
 * {@code FigurePeriod}: unit-tested), with the valid samples from core's {@code ScoreReader}. Published
 * to the dashboards and reports as core's {@link org.dealerplatform.core.alerts.AlertFiguresReader};
 * served as {@code GET /api/v1/alerts/figures} and the association's page
 * {@code /console/alerts/national}. Nothing here reads a contact or a note.
 */
package org.dealerplatform.alerts.figures;
