/**
 * What shops, dealer groups and the association read about their results without opening the
 * console: the monthly shop report by email (HTML, plain text, PDF), group and national reports,
 * and exports. Reads scores and shops only through core's published interfaces.
 */
package org.dealerplatform.reporting;
