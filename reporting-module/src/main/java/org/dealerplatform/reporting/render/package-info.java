/**
 * Format machinery shared by every report (monthly, group, national): sandboxed Velocity with
 * escaping by default, the CJK font for charts and PDFs, PNG charts for email clients that show
 * no SVG, and XHTML to PDF with the font embedded so a report prints the same everywhere.
 */
package org.dealerplatform.reporting.render;
