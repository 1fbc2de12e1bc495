/**
 * Monthly report runs: started by the association or by the schedule (once per kind and month,
 * by a unique key), planned (rendered and queued) and worked off by a per-node timer whose every
 * step is a keyed insert or conditional UPDATE, so a cluster of nodes never sends a row twice.
 */
package org.dealerplatform.reporting.runs;
