/**
 * Every report rendered for sending, kept per shop, month and language: opened later in the
 * console (HTML and PDF) by the shop's manager and group admin, resent by the group admin.
 */
package org.dealerplatform.reporting.archive;
