/**
 * The service levels a case is held to (first contact within 24 hours, closure within 7 days,
 * unless the dealer group sets its own) and what follows from the clock: overdue cases and the one
 * escalation to the group admins. Pure functions of the case's times and "now", so the sweep that
 * runs them on every node agrees with the page that shows them.
 */
package org.dealerplatform.alerts.deadlines;
