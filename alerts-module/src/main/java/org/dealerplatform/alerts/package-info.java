/**
 * Hot alerts and the closed loop: a sample whose answers meet the alert rule opens a case the shop
 * must work (call back, record the outcome) within service levels, with the customer's consented
 * phone number kept encrypted and erased on schedule. The domain (rules, cases, deadlines, contact,
 * retention) is pure Java and unit-tested; it reads samples only through core's
 * {@link org.dealerplatform.core.alerts.AlertAnswers}, and the module never imports the survey module.
 *
 * <h2>Wired</h2>
 * <ul>
 * <li><b>Raising</b> ({@code raising}): every node scans VALID samples through core's
 * {@link org.dealerplatform.core.alerts.AlertSamples} from a watermark in the database (status-change
 * time, so a SUSPECT sample accepted in review is raised then), judges each by its group's
 * effective rule and inserts the alert with INSERT IGNORE keyed by the sample id: one alert per
 * sample across retries, restarts and nodes. Only for groups that enabled the module, and only for
 * samples that came to count after the module first ran.</li>
 * <li><b>Persistence</b>: plain tables through {@code NativeSql}, tenant filtered by hand, no
 * entities (see {@code raising}'s package-info for why). A case is rebuilt from its steps
 * ({@code CaseHistory}) and moved with an UPDATE conditional on its step count; closing erases
 * a stored contact in the same transaction.</li>
 * <li><b>REST</b>: {@code GET /api/v1/alerts?status=&shopId=}, {@code GET /api/v1/alerts/{id}}
 * (contact opened only there, each opening audited), {@code POST /api/v1/alerts/{id}/transitions}
 * {@code {to, note, reason}}; {@code GET/PUT /api/v1/alerts/rules} for the group's stricter rule
 * (every looser field a 400 field error). Shop managers and group admins only; the association 403.</li>
 * <li><b>Consent</b> ({@code callback}): core's {@link org.dealerplatform.core.alerts.AlertOffers}
 * tells the survey pages whether to offer a call-back (the group's effective rule, the answers
 * only, within an hour, through the sample's own link) and keeps the consent: sealed on the alert,
 * or by sample id in {@code alert_contact_awaiting} until the scan has raised it (its package-info
 * says why); each scan tick moves those onto their alerts and erases the ones past 30 days.</li>
 * <li><b>Retention</b> ({@code retention}): {@code ContactSweeper} erases contacts 30 days after the
 * alert (each erasure audited); {@code AlertPhoneTraces} erases one number's contacts in every group
 * by its fingerprint, for core's erasure request ({@code POST /api/v1/privacy/erasures}); contacts still
 * waiting in {@code alert_contact_awaiting} are not searched by it yet.</li>
 * <li><b>Figures</b> ({@code figures}): alerts, share of valid samples alerting, median time to
 * first contact, share resolved and overdue cases per shop, group and nation, month and year to
 * date, as core's {@link org.dealerplatform.core.alerts.AlertFiguresReader} (the dashboards and
 * reports read them there), {@code GET /api/v1/alerts/figures} and the association's
 * {@code /console/alerts/national}.</li>
 * <li><b>Settings</b>: {@code ALERTS_SCAN_SECONDS} (10), {@code ALERTS_CONTACT_SWEEP_SECONDS} (600); the contact keys from {@code ContactSettings},
 * demo keys in the demo stack, refused in production when missing or demo.</li>
 * </ul>
 *
 * <h2>Still to do</h2>
 * <ul>
 * <li><b>Survey page</b>: the "my comment is a complaint" tick (the survey module's
 * {@code AlertAnswersOf} always says false). A consent is not in the audit trail (the customer
 * has no account); its version and time are on the alert.</li>
 * <li><b>Mail</b> through an outbox: new-alert mail (or the daily digest) to shop managers, the one
 * escalation to group admins as {@code UPDATE ... WHERE escalated_at IS NULL}; a sweep for
 * escalations.</li>
 * <li>The association's national rule is {@code AlertRule.NATIONAL_DEFAULT} until it can be edited;
 * groups' own service levels ({@code ServiceLevels}) are not stored yet (defaults apply); notes
 * without a status change and assigning an owner have no API yet.</li>
 * <li><b>Not started</b>: the inbox and overdue console pages. The figures count per-group service
 * levels as stored on each case; a share of first contacts within the service level is not one of
 * them yet.</li>
 * <li>A VALID sample that screening later flags along with a repeat (VALID to SUSPECT) keeps the
 * alert it raised.</li>
 * </ul>
 */
package org.dealerplatform.alerts;
