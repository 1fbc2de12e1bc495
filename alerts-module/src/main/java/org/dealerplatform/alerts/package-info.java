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
 * {@code {to, note, reason}}, {@code PUT /api/v1/alerts/{id}/owner} (the caller, or a shop manager
 * of the shop or a group admin of the group, from core's {@code StaffContacts}) and
 * {@code POST /api/v1/alerts/{id}/notes} (listed in the alert); {@code GET/PUT /api/v1/alerts/rules}
 * for the group's stricter rule (every looser field a 400 field error, judged against the national
 * rule in force) and {@code GET/PUT /api/v1/alerts/service-levels} for the group's own deadlines.
 * Shop managers and group admins only; the association 403. The association's own:
 * {@code GET/PUT /api/v1/alerts/national-rule} ({@code alert_national_rule}, read fresh by the scan
 * and the call-back offer, so a change applies on every node at once).</li>
 * <li><b>Withdrawal</b> ({@code raising}): a second scan on its own watermark reads the samples that
 * stopped counting (core's {@code AlertSamples#notCountingAfter}); an alert nobody has worked yet is
 * WITHDRAWN (closed, contact erased, out of the figures), a case already worked keeps going, and a
 * withdrawn alert whose sample review accepts comes back OPEN.</li>
 * <li><b>Consent</b> ({@code callback}): core's {@link org.dealerplatform.core.alerts.AlertOffers}
 * tells the survey pages whether to offer a call-back (the group's effective rule, the answers
 * only, within an hour, through the sample's own link) and keeps the consent: sealed on the alert,
 * or by sample id in {@code alert_contact_awaiting} until the scan has raised it (its package-info
 * says why); each scan tick moves those onto their alerts and erases the ones past 30 days.</li>
 * <li><b>Retention</b> ({@code retention}): {@code ContactSweeper} erases contacts 30 days after the
 * alert (each erasure audited); {@code AlertPhoneTraces} erases one number's contacts in every group
 * by its fingerprint, on alerts and still waiting in {@code alert_contact_awaiting}, for core's
 * erasure request ({@code POST /api/v1/privacy/erasures}).</li>
 * <li><b>Console</b> ({@code console}): the inbox {@code /console/alerts} (shop managers, group admins;
 * newest first, by status and shop, overdue marked), the alert page {@code /console/alerts/{id}} with the
 * number as a {@code tel:} link and a plain CSRF-protected form per next step (a refused step shown
 * with the workflow's reason in zh-CN or en), the group admin's {@code /console/alerts/overdue}, and
 * the OPEN count beside the menu entry (core's {@code MenuBadge}). Pages and API share
 * {@code cases.AlertHandling}, so a page view opens the number only as the API does, audited. The
 * association has no alert page (403, not in its menu).</li>
 * <li><b>Mail</b> ({@code mail}): each new alert mailed to its shop's managers within
 * {@code ALERTS_SCAN_SECONDS} + {@code ALERTS_MAIL_SECONDS}, or listed in the shop's daily digest
 * ({@code GET/PUT /api/v1/alerts/mail-preference?shopId=}, at {@code ALERTS_DIGEST_TIME}); an OPEN
 * case past its first-contact deadline escalated once to the group admins. Through the module's
 * own outbox ({@code alert_mail}, V3): planned by conditional UPDATEs with the rows queued in the
 * same transaction, sent with a Message-ID fixed per row.</li>
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
 * <li>A consent is not in the audit trail (the customer has no account); its version and time are
 * on the alert.</li>
 * <li><b>Mail</b>: outbox rows (recipient addresses) are not purged yet; a digest lists every alert
 * of its day, without a cap.</li>
 * <li>The figures count per-group service levels as stored on each case; a share of first
 * contacts within the service level is not one of them yet. WITHDRAWN alerts are left out.</li>
 * <li>An owner must be listed by the user directory, which lists only users with an e-mail
 * address; a user without one can still take a case.</li>
 * </ul>
 */
package org.dealerplatform.alerts;
