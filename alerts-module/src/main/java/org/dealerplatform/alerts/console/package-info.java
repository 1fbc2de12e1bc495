/**
 * The alert pages of the console, server-rendered and usable without JavaScript on a phone: the
 * inbox of a shop manager (a group admin: every shop of the group), one alert with the consented
 * number as a one-tap {@code tel:} link, the workflow's forms, its owner and its notes, the group's
 * overdue list, and the open count beside the menu entry. They go through the same
 * {@code AlertHandling} as the API, so a page view opens the number exactly as
 * {@code GET /api/v1/alerts/{id}} does (only for the shop's people, each view in the audit trail)
 * and an owner or a note given on a page is recorded exactly as one given through the API. The
 * association has none of these pages.
 */
package org.dealerplatform.alerts.console;
