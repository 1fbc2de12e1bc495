/**
 * The delivery side of the reports in the console: the association follows each run's progress
 * and starts a month's run; a group admin reads each shop's delivery log and keeps its recipients.
 * The pages only read and call what the API uses, so both always show the same numbers and rules.
 */
package org.dealerplatform.reporting.console;
