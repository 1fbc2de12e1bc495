/**
 * Raising alerts: every node scans the samples that came to count (VALID when stored, or SUSPECT
 * accepted in review) from a watermark in the database, judges each by its group's effective rule
 * and inserts the alert keyed by the sample id. Nothing is decided in memory, so retries, crashes
 * and several nodes still give one alert per sample: a second insert of a sample is ignored, and a
 * scan that died is simply done again by the next tick. The survey module's write path knows
 * nothing of alerts, and a customer's submission never waits for them. A second scan, on its own
 * watermark, withdraws the untouched alerts of samples that stopped counting
 * ({@code AlertWithdrawal}).
 * <p>
 * Plain tables through {@code NativeSql} rather than tenant entities: the scan works for many
 * dealer groups in one transaction, with no caller, and INSERT IGNORE and the conditional updates
 * of a case's steps are SQL that JPA does not express. Every statement a tenant's request runs
 * binds the caller's {@code tenant_id} by hand ({@code AlertCases}).
 */
package org.dealerplatform.alerts.raising;
