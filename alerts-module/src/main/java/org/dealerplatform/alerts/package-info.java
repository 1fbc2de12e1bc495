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
 * <li><b>Mail</b> ({@code mail}): each new alert mailed to its shop's managers within
 * {@code ALERTS_SCAN_SECONDS} + {@code ALERTS_MAIL_SECONDS}, or listed in the shop's daily digest
 * ({@code GET/PUT /api/v1/alerts/mail-preference?shopId=}, at {@code ALERTS_DIGEST_TIME}); an OPEN
 * case past its first-contact deadline escalated once to the group admins. Through the module's
 * own outbox ({@code alert_mail}, V3): planned by conditional UPDATEs with the rows queued in the
 * same transaction, sent with a Message-ID fixed per row.</li>
 * <li><b>Settings</b>: {@code ALERTS_SCAN_SECONDS} (10), {@code ALERTS_CONTACT_SWEEP_SECONDS} (600); the contact keys from {@code ContactSettings},
 * demo keys in the demo stack, refused in production when missing or demo.</li>
 * </ul>
 *
 * <h2>Still to do</h2>
 * <ul>
 * <li><b>Survey page</b>: the "my comment is a complaint" tick (the survey module's
 * {@code AlertAnswersOf} always says false). A consent is not in the audit trail (the customer
 * has no account); its version and time are on the alert.</li>
 * <li><b>Mail</b>: the console page links in mail point at {@code /console/alerts/{id}} (the
 * inbox pages must answer there); escalation uses the stored {@code first_contact_due}, so a group's
 * own service levels apply once raising stores them; outbox rows (recipient addresses) are not
 * purged yet.</li>
 * <li>The association's national rule is {@code AlertRule.NATIONAL_DEFAULT} until it can be edited;
 * groups' own service levels ({@code ServiceLevels}) are not stored yet (defaults apply); notes
 * without a status change and assigning an owner have no API yet.</li>
 * <li><b>Not started</b>: console pages, the figures (alerts, share alerting, median time to first
 * contact, share resolved, overdue; {@code AlertCase#timeToFirstContact} and
 * {@code CaseDeadlines#firstContactInTime} are their per-case inputs).</li>
 * <li>A VALID sample that screening later flags along with a repeat (VALID to SUSPECT) keeps the
 * alert it raised.</li>
 * </ul>
 */
package org.dealerplatform.alerts;
