/**
 * Hot alerts and the closed loop: a sample whose answers meet the alert rule opens a case the shop
 * must work (call back, record the outcome) within service levels, with the customer's consented
 * phone number kept encrypted and erased on schedule. This package tree is the domain only, pure
 * Java and unit-tested; it reads samples only through core's
 * {@link org.dealerplatform.core.alerts.AlertAnswers}.
 *
 * <h2>Still to wire (the next session)</h2>
 * <ul>
 * <li><b>REST</b> per API.md "Hot alerts": {@code GET /api/v1/alerts}, {@code GET /api/v1/alerts/{id}}
 * (contact decrypted only there, each read written to the audit trail),
 * {@code POST /api/v1/alerts/{id}/transitions} mapping {@code {to, note, reason}} onto
 * {@link org.dealerplatform.alerts.cases.AlertCase#moveTo}; the API needs a {@code reason} field for
 * NOT_RESOLVED ({@link org.dealerplatform.alerts.cases.NotResolvedReason}) that API.md does not list
 * yet. {@code TransitionRefused} is a core {@code Conflict} (409), refusals of values are
 * {@code RuleViolation}s (400) and {@code StricterOnly} carries one field error per refused field.</li>
 * <li><b>Persistence</b>: alert and case as tenant-aware entities (isolated cache, 404 for another
 * group's alert, UUID ids); a unique key on the sample id so a sample raises one alert across
 * retries and nodes; escalation as a conditional update {@code ... WHERE escalated_at IS NULL} so
 * two nodes cannot both escalate; the sealed contact as VARBINARY(64) plus the 32-byte
 * fingerprint column, indexed, for erasure; migrations under {@code db/migration/alerts}.</li>
 * <li><b>Survey page</b>: the survey module evaluates the effective rule on the server after
 * screening (VALID only; SUSPECT when accepted), adds the "my comment is a complaint" tick the
 * rule reads (the questionnaire has none yet), and offers the unticked consent step with
 * {@link org.dealerplatform.alerts.contact.CallbackConsent} texts; {@code POST .../contact} accepts
 * a published consent version only, within an hour.</li>
 * <li><b>Mail</b> through the outbox: new-alert mail (or the daily digest) to shop managers, the one
 * escalation to group admins; a scheduled sweep (db-scheduler) for escalations and for
 * {@link org.dealerplatform.alerts.retention.ContactRetention}.</li>
 * <li><b>Settings</b>: {@code ALERTS_CONTACT_KEY}, {@code ALERTS_CONTACT_KEY_ID},
 * {@code ALERTS_CONTACT_FINGERPRINT_KEY} by environment; a {@code SettingsCheck} refusing
 * production start-up without them ({@link org.dealerplatform.alerts.contact.ContactSecrets#refusals});
 * dev and test need fixed demo keys in the devstack, refused in production like the other demo secrets.</li>
 * <li><b>Not started</b>: the figures (alerts, share alerting, median time to first contact,
 * share resolved, overdue; {@code AlertCase#timeToFirstContact} and
 * {@code CaseDeadlines#firstContactInTime} are their per-case inputs) and the platform-wide
 * retention of device, address and phone hashes. The survey module's screening phone hash is its
 * own salted hash of the 11-digit form, not {@code PhoneFingerprints}: an erasure request must
 * compute both.</li>
 * </ul>
 */
package org.dealerplatform.alerts;
