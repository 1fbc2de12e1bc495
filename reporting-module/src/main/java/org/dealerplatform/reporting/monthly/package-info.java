/**
 * The monthly shop report: an immutable model assembled from score totals by a pure function, and
 * its renderings (HTML email, plain text, PDF, charts). No container, no database: the integrator
 * reads the totals, calls {@link org.dealerplatform.reporting.monthly.ShopMonthReportAssembler} and
 * {@link org.dealerplatform.reporting.monthly.ShopReportRenderer}, and sends the result. The
 * hot-alert section comes from core's {@code AlertFiguresReader} when the alerts module is there
 * and the shop's group enabled it, and is printed by core's {@code AlertFigureTexts}, as on the
 * dashboards.
 */
package org.dealerplatform.reporting.monthly;
