/**
 * Long exports in the background: a caller asks for a file ({@code POST /api/v1/exports}), a worker
 * on some node writes it to {@code EXPORTS_DIR} row by row (the same writers as the streamed
 * downloads, so the files are the same), reports its progress every few thousand rows, and the
 * caller downloads it until it expires. Jobs are rows of {@code export_job}; every step is a
 * conditional UPDATE with a lease, so several nodes never write one job twice and a job whose node
 * died is taken up again after the lease.
 */
package org.dealerplatform.reporting.exportjobs;
