package org.dealerplatform.deployment.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.junit.jupiter.api.Test;

/**
 * Hot alerts on the real stack: a low score raises one alert (also when sent twice with its
 * Idempotency-Key), a high one none; the shop's manager and its group see it, another group gets
 * 404 and the association 403; a SUSPECT sample raises one only once accepted in review; the case moves OPEN → CONTACTED → RESOLVED and a step the workflow
 * does not allow is 409; a group rule looser than the national one is 400, a stricter one applies.
 * A low score's 201 offers a call-back; the consented number is sealed (never in the database in
 * clear), shown to the shop with each opening audited, and erased at closure.
 * A comment ticked as a complaint raises one; the association's national rule and a group's
 * service levels apply to the next alerts; owner and notes (404 for another group); an alert whose
 * sample is flagged later is withdrawn (contact erased) and comes back when review accepts it; the
 * erasure request also removes a consent still waiting for its alert.
 * The scan runs every second here (ALERTS_SCAN_SECONDS=1).
 */
class AlertsIT extends DemoGroupsWithAlerts {

    /** A scan a second; an alert should be there within a few. */
    static final long WAIT_MILLIS = 30_000;

    @Test
    void aLowScoreRaisesExactlyOneAlertAlsoWhenSentTwiceAndAHighScoreNone() throws InterruptedException {
        String token = surveyToken();
        String key = UUID.randomUUID().toString();
        JsonObject lowAnswers = Surveys.answers(2, 3).add("ticket", ticket(token)).build();
        Http.Answer first = Surveys.submit(api, token, key, lowAnswers);
        assertEquals(201, first.status(), first.body());
        Http.Answer again = Surveys.submit(api, token, key, lowAnswers);
        assertTrue(again.status() == 200 || again.status() == 201, again.toString());
        String low = first.json().getString("id");
        assertEquals(low, again.json().getString("id"), "the retry is the same sample");
        String high = send(token, Surveys.answers(9, 10));

        JsonObject alert = awaitAlertOf(groupA, low);
        assertEquals("OPEN", alert.getString("status"));
        assertEquals("A1", alert.getString("shopCode"));
        assertEquals(3, alert.getJsonArray("conditions").size(), alert.toString());
        assertFalse(alert.getBoolean("hasContact"));
        assertFalse(alert.getBoolean("overdue"));

        Thread.sleep(3_000); // a few more scans, which re-read the same samples
        assertEquals(1, Database.count("select count(*) from alert_case where sample_id = ?", low));
        assertEquals(0, Database.count("select count(*) from alert_case where sample_id = ?", high));
        assertEquals(1, groupA.get("/api/v1/alerts").itemIds().stream().filter(alert.getString("id")::equals).count());
    }

    @Test
    void aSuspectSampleRaisesNoneUntilAcceptedInReview() throws InterruptedException {
        // without a start ticket the answering time is unknown: screening holds the sample for review
        Http.Answer untimed = Surveys.submit(api, surveyToken(), Surveys.answers(2, 2).build());
        assertEquals("SUSPECT", Surveys.statusOf(assoc, untimed));
        String sample = untimed.json().getString("id");
        Thread.sleep(3_000);
        assertEquals(0, Database.count("select count(*) from alert_case where sample_id = ?", sample));

        Http.Answer accepted = assoc.post("/api/v1/review/responses/" + sample + "/decision",
                Json.createObjectBuilder().add("decision", "ACCEPT").add("reason", "客户本人确认").build());
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("OPEN", awaitAlertOf(groupA, sample).getString("status"));
    }

    @Test
    void theShopAndItsGroupSeeTheAlertAnotherGroupGets404AndTheAssociation403() {
        String sample = send(surveyToken(), Surveys.answers(3, 5));
        String id = awaitAlertOf(groupA, sample).getString("id");

        assertTrue(shopA1.get("/api/v1/alerts").itemIds().contains(id), "the shop's manager sees it");
        assertTrue(shopA1.get("/api/v1/alerts?status=OPEN&shopId=" + shopA1Id).itemIds().contains(id));
        Http.Answer seen = shopA1.get("/api/v1/alerts/" + id);
        assertEquals(200, seen.status(), seen.body());
        assertEquals(sample, seen.json().getJsonObject("alert").getString("sampleId"));
        assertFalse(seen.json().containsKey("contact"), "no consent, no contact");
        assertEquals(200, groupA.get("/api/v1/alerts/" + id).status());
        assertFalse(groupA.get("/api/v1/alerts?status=RESOLVED").itemIds().contains(id));

        assertEquals(404, groupB.get("/api/v1/alerts/" + id).status());
        assertFalse(groupB.get("/api/v1/alerts").itemIds().contains(id));
        assertEquals(List.of(), groupB.get("/api/v1/alerts?shopId=" + shopA1Id).itemIds());
        assertEquals(404, groupB.post("/api/v1/alerts/" + id + "/transitions",
                Json.createObjectBuilder().add("to", "CONTACTED").build()).status());

        assertEquals(403, assoc.get("/api/v1/alerts").status());
        assertEquals(403, assoc.get("/api/v1/alerts/" + id).status());
        assertEquals(400, groupA.get("/api/v1/alerts?status=LOST").status());
    }

    @Test
    void theCaseMovesOpenContactedResolvedAndAStepTheWorkflowRefusesIs409() {
        String id = awaitAlertOf(groupA, send(surveyToken(), Surveys.answers(1, 0))).getString("id");
        String transitions = "/api/v1/alerts/" + id + "/transitions";

        Http.Answer tooEarly = shopA1.post(transitions, Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已处理").build());
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals(400, shopA1.post(transitions, Json.createObjectBuilder().add("to", "DONE").build()).status());

        Http.Answer contacted = shopA1.post(transitions, Json.createObjectBuilder().add("to", "CONTACTED").build());
        assertEquals(200, contacted.status(), contacted.body());
        assertEquals("CONTACTED", contacted.json().getJsonObject("alert").getString("status"));
        assertTrue(contacted.json().containsKey("firstContactAt"));

        assertEquals(409, shopA1.post(transitions, Json.createObjectBuilder().add("to", "CONTACTED").build()).status());
        Http.Answer resolved = groupA.post(transitions, Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已为客户免费重新检修").build());
        assertEquals(200, resolved.status(), resolved.body());
        JsonObject after = groupA.get("/api/v1/alerts/" + id).json();
        assertEquals("RESOLVED", after.getJsonObject("alert").getString("status"));
        assertEquals(2, after.getJsonArray("steps").size());
        assertEquals("shop-a1", after.getJsonArray("steps").getJsonObject(0).getString("by"));
        assertEquals("shop-a1", after.getJsonObject("alert").getString("owner"), "the first to call owns the case");
        assertTrue(groupA.get("/api/v1/alerts?status=RESOLVED").itemIds().contains(id));

        Http.Answer noReason = groupA.post(transitions, Json.createObjectBuilder().add("to", "NOT_RESOLVED")
                .add("note", "x").build());
        assertEquals(409, noReason.status(), "closed: reopen first");
    }

    @Test
    void aGroupRuleLooserThanTheNationalOneIs400AndAStricterOneRaisesMore() {
        Http.Answer looser = groupA.put("/api/v1/alerts/rules", Json.createObjectBuilder().add("overallBelow", 50)
                .add("complaint", false).build());
        assertEquals(400, looser.status(), looser.body());
        assertEquals(List.of("overallBelow", "complaint"), looser.fieldErrors());
        assertEquals(403, shopA1.put("/api/v1/alerts/rules", Json.createObjectBuilder().add("overallBelow", 70)
                .build()).status());
        try {
            Http.Answer stricter = groupA.put("/api/v1/alerts/rules", Json.createObjectBuilder()
                    .add("overallBelow", 70).build());
            assertEquals(200, stricter.status(), stricter.body());
            assertEquals(70, stricter.json().getJsonObject("effective").getInt("overallBelow"));
            assertEquals(60, stricter.json().getJsonObject("national").getInt("overallBelow"));
            assertEquals(70, shopA1.get("/api/v1/alerts/rules").json().getJsonObject("group").getInt("overallBelow"));
            // every item 7 (66.67 overall), recommendation 8: only the group's rule calls for a call-back
            JsonObject alert = awaitAlertOf(groupA, send(surveyToken(), Surveys.answers(7, 8)));
            assertEquals(1, alert.getJsonArray("conditions").size(), alert.toString());
        } finally {
            assertEquals(200, groupA.put("/api/v1/alerts/rules", Json.createObjectBuilder().build()).status());
        }
        assertEquals(60, groupA.get("/api/v1/alerts/rules").json().getJsonObject("effective").getInt("overallBelow"));
    }

    @Test
    void aLowScoreOffersACallBackAndTheConsentedNumberIsSealedShownToTheShopAndErasedAtClosure() {
        String token = surveyToken();
        Http.Answer low = Surveys.submitTimed(api, token, Surveys.answers(2, 3));
        assertEquals(201, low.status(), low.body());
        JsonObject offer = low.json().getJsonObject("contactOffer");
        assertEquals("callback-v1", offer.getString("consentVersion"), low.body());
        assertTrue(offer.getString("textZh").contains("30") && offer.getString("textEn").contains("30"), low.body());
        Http.Answer high = Surveys.submitTimed(api, token, Surveys.answers(9, 10));
        assertFalse(high.json().containsKey("contactOffer"), high.body());
        String sample = low.json().getString("id");
        String contact = "/api/v1/public/surveys/" + token + "/responses/" + sample + "/contact";

        Http.Answer badNumber = api.post(contact, consent("12345", "callback-v1"));
        assertEquals(400, badNumber.status(), badNumber.body());
        assertEquals(List.of("phone"), badNumber.fieldErrors());
        Http.Answer badVersion = api.post(contact, consent("13812345678", "callback-v0"));
        assertEquals(400, badVersion.status(), badVersion.body());
        assertEquals(List.of("consentVersion"), badVersion.fieldErrors());
        assertEquals(404, api.post("/api/v1/public/surveys/" + token + "/responses/" + high.json().getString("id")
                + "/contact", consent("13812345678", "callback-v1")).status(), "no alert, no consent");
        assertEquals(404, api.post("/api/v1/public/surveys/doesNotExist000000000/responses/" + sample + "/contact",
                consent("13812345678", "callback-v1")).status(), "only through the link it came through");

        String digits = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        Http.Answer consented = api.post(contact, consent(digits.substring(0, 3) + " " + digits.substring(3, 7) + " "
                + digits.substring(7), "callback-v1"));
        assertEquals(204, consented.status(), consented.body());

        String id = awaitContactOn(awaitAlertOf(groupA, sample).getString("id"));
        Http.Answer opened = shopA1.get("/api/v1/alerts/" + id);
        assertEquals(200, opened.status(), opened.body());
        assertEquals("+86" + digits, opened.json().getJsonObject("contact").getString("phone"));
        assertEquals("tel:+86" + digits, opened.json().getJsonObject("contact").getString("tel"));
        assertEquals("callback-v1", opened.json().getString("consentVersion"));
        assertTrue(opened.json().containsKey("consentedAt"));
        assertTrue(Database.count("select count(*) from audit_entry where object_id = ? and action = ?"
                + " and username = ?", id, "alert.contact.viewed", "shop-a1") >= 1, "each opening is audited");
        assertEquals(404, groupB.get("/api/v1/alerts/" + id).status());
        assertNoClearNumber(digits);
        assertNoExportHolds(digits);

        String transitions = "/api/v1/alerts/" + id + "/transitions";
        assertEquals(200, shopA1.post(transitions, Json.createObjectBuilder().add("to", "CONTACTED").build()).status());
        assertEquals(200, shopA1.post(transitions, Json.createObjectBuilder().add("to", "RESOLVED")
                .add("note", "已回电").build()).status());
        JsonObject closed = shopA1.get("/api/v1/alerts/" + id).json();
        assertFalse(closed.containsKey("contact"), closed.toString());
        assertFalse(closed.getJsonObject("alert").getBoolean("hasContact"));
        assertEquals(1, Database.count("select count(*) from alert_case where id = ? and contact is null"
                + " and contact_fingerprint is null and erased_at is not null", id));
        assertNoClearNumber(digits);
    }

    @Test
    void theThankYouPageOfALowScoreAsksForConsentAndAPlainFormPostKeepsIt() {
        String token = surveyToken();
        Http.Answer page = api.getPage("/s/" + token);
        Http browser = api.with("Origin", base).with("Cookie", "sv_device=" + cookie(page, "sv_device"));
        StringBuilder form = new StringBuilder("ticket=" + enc(hidden(page.body(), "ticket")) + "&view="
                + enc(hidden(page.body(), "view")) + "&submission=" + hidden(page.body(), "submission")
                + "&questionnaireVersion=1&recommend=2&visitType=REPAIR");
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            form.append("&q_").append(code).append("=3");
        }
        Http.Answer posted = browser.postForm("/s/" + token, form.toString());
        assertEquals(303, posted.status(), posted.body());
        String thanksPath = posted.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertTrue(thanksPath.contains("/thanks?r="), thanksPath);
        String sample = thanksPath.substring(thanksPath.indexOf("r=") + 2);

        String thanks = browser.getPage(thanksPath).body();
        assertTrue(thanks.contains("type=\"checkbox\" name=\"consent\" value=\"yes\" id=\"cb-consent\""), thanks);
        assertFalse(thanks.contains(" checked"), "the box starts unticked");
        assertTrue(thanks.contains("<label for=\"cb-phone\">"), "the phone field has its label");
        String consentForm = "r=" + sample + "&consentVersion=" + hidden(thanks, "consentVersion") + "&view="
                + enc(hidden(thanks, "view"));

        Http.Answer unticked = browser.postForm("/s/" + token + "/thanks", consentForm + "&phone=13812345678");
        assertEquals(400, unticked.status(), "a number without the tick is no consent");
        assertTrue(unticked.body().contains("id=\"cb-consent-error\""), unticked.body());
        Http.Answer wrong = browser.postForm("/s/" + token + "/thanks", consentForm + "&consent=yes&phone=12345");
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("aria-invalid=\"true\"") && wrong.body().contains("cb-phone-error"));
        assertEquals(0, Database.count("select count(*) from alert_contact_awaiting where sample_id = ?", sample));

        Http.Answer kept = browser.postForm("/s/" + token + "/thanks", consentForm + "&consent=yes&phone="
                + enc("0755-2345 6789"));
        assertEquals(303, kept.status(), kept.body());
        assertTrue(kept.header("Location").orElseThrow().contains("kept=1"));
        // kept by sample until the scan has raised the alert (a sample held for review waits longer)
        assertEquals(1, Database.count("select count(*) from alert_contact_awaiting where sample_id = ?", sample)
                + Database.count("select count(*) from alert_case where sample_id = ? and contact is not null", sample));
        assertNoClearNumber("075523456789");

        Http.Answer foreign = api.with("Origin", "https://evil.example").postForm("/s/" + token + "/thanks",
                consentForm + "&consent=yes&phone=13812345678");
        assertEquals(403, foreign.status(), "another site cannot post a consent");
    }

    // ---- the complaint tick, the national rule, service levels, owner and notes, withdrawal, erasure ----

    @Test
    void aCommentMarkedAsAComplaintRaisesAnAlertEvenWithHighScoresAndATickWithoutACommentIs400() {
        String token = surveyToken();
        String sample = send(token, Surveys.answers(9, 9).add("comment", "前台态度很差，等了两个小时")
                .add("complaint", true));
        assertEquals(1, Database.count("select count(*) from survey_response where id = ? and complaint = true", sample));
        JsonObject alert = awaitAlertOf(groupA, sample);
        assertEquals(List.of("客户投诉"), alert.getJsonArray("conditions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), alert.toString());

        Http.Answer bare = Surveys.submitTimed(api, token, Surveys.answers(9, 9).add("complaint", true));
        assertEquals(400, bare.status(), bare.body());
        assertEquals(List.of("complaint"), bare.fieldErrors());
        Http.Answer text = Surveys.submitTimed(api, token, Surveys.answers(9, 9).add("comment", "x")
                .add("complaint", "yes"));
        assertEquals(List.of("complaint"), text.fieldErrors());

        // the page without JavaScript: the box next to the comment, labelled, and its error in the page
        Http.Answer page = api.getPage("/s/" + token);
        assertTrue(page.body().contains("type=\"checkbox\" name=\"complaint\" value=\"yes\" id=\"f-complaint\""),
                page.body());
        assertTrue(page.body().contains("<label for=\"f-complaint\">"), "the box has its label");
        assertTrue(api.getPage("/s/" + token + "?lang=en").body().contains("My comment is a complaint"));
        Http browser = api.with("Origin", base).with("Cookie", "sv_device=" + cookie(page, "sv_device"));
        String form = plainForm(page.body(), 9, 9);
        Http.Answer untold = browser.postForm("/s/" + token, form + "&complaint=yes&comment=");
        assertEquals(400, untold.status(), untold.body());
        assertTrue(untold.body().contains("id=\"complaint-error\"") && untold.body().contains("href=\"#f-complaint\""),
                untold.body());
        Http.Answer told = browser.postForm("/s/" + token, form + "&complaint=yes&comment=" + enc("车洗得不干净"));
        assertEquals(303, told.status(), told.body());
        String location = told.header("Location").orElseThrow();
        assertTrue(location.contains("/thanks?r="), "a complaint calls for a call-back: " + location);
        String formSample = location.substring(location.indexOf("r=") + 2).replaceFirst("&.*$", "");
        assertEquals(1, Database.count("select count(*) from survey_response where id = ? and complaint = true",
                formSample));
    }

    @Test
    void theAssociationSetsTheNationalRuleAndASampleTheDefaultLetPassNowAlerts() {
        JsonObject stricter = rule(70, 4, 6, true);
        assertEquals(403, groupA.put("/api/v1/alerts/national-rule", stricter).status());
        assertEquals(403, shopA1.get("/api/v1/alerts/national-rule").status());
        assertEquals(60, assoc.get("/api/v1/alerts/national-rule").json().getInt("overallBelow"));
        Http.Answer bad = assoc.put("/api/v1/alerts/national-rule", Json.createObjectBuilder().add("overallBelow", 0)
                .add("itemAtOrBelow", 10).build());
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("overallBelow", "itemAtOrBelow", "complaint"), bad.fieldErrors());
        assertEquals(400, assoc.put("/api/v1/alerts/national-rule", Json.createObjectBuilder().add("complaint", false)
                .build()).status(), "a national rule that never alerts");
        try {
            Http.Answer set = assoc.put("/api/v1/alerts/national-rule", stricter);
            assertEquals(200, set.status(), set.body());
            assertEquals(70, assoc.get("/api/v1/alerts/national-rule").json().getInt("overallBelow"));
            assertTrue(Database.count("select count(*) from audit_entry where action = ? and username = ?",
                    "alerts.national-rule.changed", "assoc") >= 1, "the change is audited");
            JsonObject groupView = groupA.get("/api/v1/alerts/rules").json();
            assertEquals(70, groupView.getJsonObject("national").getInt("overallBelow"));
            assertEquals(70, groupView.getJsonObject("effective").getInt("overallBelow"));
            Http.Answer looser = groupA.put("/api/v1/alerts/rules", Json.createObjectBuilder().add("overallBelow", 65)
                    .build());
            assertEquals(400, looser.status(), "stricter than the default, looser than the rule in force");
            assertEquals(List.of("overallBelow"), looser.fieldErrors());

            // every item 7 (66.67 overall), recommendation 8: nothing under the default, low under 70
            JsonObject alert = awaitAlertOf(groupA, send(surveyToken(), Surveys.answers(7, 8)));
            assertEquals(1, alert.getJsonArray("conditions").size(), alert.toString());
            assertTrue(alert.getJsonArray("reasons").getString(0).contains("70"), alert.toString());
        } finally {
            assertEquals(200, assoc.put("/api/v1/alerts/national-rule", rule(60, 4, 6, true)).status());
        }
    }

    @Test
    void aGroupSetsItsServiceLevelsAndNewAlertsTakeTheirDeadlinesFromThem() {
        Http.Answer bad = groupA.put("/api/v1/alerts/service-levels", levels(0, 31));
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("firstContactWithinHours", "closeWithinDays"), bad.fieldErrors());
        assertEquals(List.of("firstContactWithinHours"), groupA.put("/api/v1/alerts/service-levels", levels(48, 1))
                .fieldErrors(), "first contact due after closure");
        assertEquals(403, shopA1.put("/api/v1/alerts/service-levels", levels(4, 3)).status());
        try {
            Http.Answer set = groupA.put("/api/v1/alerts/service-levels", levels(4, 3));
            assertEquals(200, set.status(), set.body());
            assertEquals(4, shopA1.get("/api/v1/alerts/service-levels").json().getInt("firstContactWithinHours"));
            assertEquals(24, groupB.get("/api/v1/alerts/service-levels").json().getInt("firstContactWithinHours"),
                    "another group keeps the defaults");
            JsonObject alert = awaitAlertOf(groupA, send(surveyToken(), Surveys.answers(2, 2)));
            java.time.Instant raised = java.time.Instant.parse(alert.getString("raisedAt"));
            assertEquals(java.time.Duration.ofHours(4), java.time.Duration.between(raised,
                    java.time.Instant.parse(alert.getString("firstContactDue"))));
            assertEquals(java.time.Duration.ofDays(3), java.time.Duration.between(raised,
                    java.time.Instant.parse(alert.getString("closureDue"))));
        } finally {
            assertEquals(200, groupA.put("/api/v1/alerts/service-levels", levels(24, 7)).status());
        }
    }

    @Test
    void aCaseGetsAnOwnerAndNotesFromItsShopAndGroupAndAnotherGroupGets404OnEveryOne() {
        String id = awaitAlertOf(groupA, send(surveyToken(), Surveys.answers(3, 3))).getString("id");
        String owner = "/api/v1/alerts/" + id + "/owner";
        String notes = "/api/v1/alerts/" + id + "/notes";

        assertEquals(404, groupB.put(owner, Json.createObjectBuilder().add("owner", "group-b").build()).status());
        assertEquals(404, groupB.post(notes, Json.createObjectBuilder().add("text", "看看").build()).status());
        assertEquals(404, groupB.get("/api/v1/alerts/" + id).status());

        Http.Answer taken = shopA1.put(owner, Json.createObjectBuilder().add("owner", "shop-a1").build());
        assertEquals(200, taken.status(), taken.body());
        assertEquals("shop-a1", taken.json().getJsonObject("alert").getString("owner"));
        Http.Answer given = shopA1.put(owner, Json.createObjectBuilder().add("owner", "group-a").build());
        assertEquals(200, given.status(), "a group admin of the shop's group: " + given.body());
        Http.Answer stranger = groupA.put(owner, Json.createObjectBuilder().add("owner", "group-b").build());
        assertEquals(400, stranger.status(), stranger.body());
        assertEquals(List.of("owner"), stranger.fieldErrors());
        assertEquals(400, groupA.put(owner, Json.createObjectBuilder().build()).status());

        Http.Answer noted = shopA1.post(notes, Json.createObjectBuilder().add("text", "客户未接电话，明早再打").build());
        assertEquals(200, noted.status(), noted.body());
        assertEquals(400, shopA1.post(notes, Json.createObjectBuilder().add("text", " ").build()).status());
        JsonObject read = groupA.get("/api/v1/alerts/" + id).json();
        assertEquals("group-a", read.getJsonObject("alert").getString("owner"));
        JsonObject note = read.getJsonArray("notes").getJsonObject(0);
        assertEquals("客户未接电话，明早再打", note.getString("text"));
        assertEquals("shop-a1", note.getString("by"));
        assertTrue(note.getString("at").endsWith("Z"), note.toString());
        assertEquals("OPEN", read.getJsonObject("alert").getString("status"), "a note is not a step");
        assertEquals(0, Database.count("select count(*) from audit_entry where object_id = ? and summary like ?", id,
                "%明早%"), "the audit says a note was added, not what it says");
    }

    @Test
    void anAlertWhoseSampleIsFlaggedLaterIsWithdrawnWithItsContactErasedAndComesBackWhenReviewAcceptsIt() {
        String token = surveyToken();
        String order = "RO-W" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer first = Surveys.submitTimed(api, token, Surveys.answers(2, 1).add("repairOrderNo", order));
        assertEquals(201, first.status(), first.body());
        String sample = first.json().getString("id");
        String digits = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        assertEquals(204, api.post("/api/v1/public/surveys/" + token + "/responses/" + sample + "/contact",
                consent(digits, "callback-v1")).status());
        String id = awaitContactOn(awaitAlertOf(groupA, sample).getString("id"));

        // the same repair order again: held for review, and the first sample goes to review along with it
        Http.Answer repeat = Surveys.submitTimed(api, token, Surveys.answers(9, 9).add("repairOrderNo", order));
        assertEquals("SUSPECT", Surveys.statusOf(assoc, repeat));
        assertEquals("SUSPECT", Surveys.reviewed(assoc, sample).getString("status"));
        JsonObject withdrawn = awaitStatus(id, "WITHDRAWN");
        assertFalse(withdrawn.getJsonObject("alert").getBoolean("hasContact"));
        assertFalse(withdrawn.containsKey("contact"));
        assertEquals(1, Database.count("select count(*) from alert_case where id = ? and contact is null"
                + " and contact_fingerprint is null and erased_at is not null and closed_at is not null", id));
        assertTrue(groupA.get("/api/v1/alerts?status=WITHDRAWN").itemIds().contains(id));
        assertFalse(groupA.get("/api/v1/alerts?status=OPEN").itemIds().contains(id));
        Http.Answer moved = shopA1.post("/api/v1/alerts/" + id + "/transitions",
                Json.createObjectBuilder().add("to", "CONTACTED").build());
        assertEquals(409, moved.status(), "nobody works a withdrawn alert: " + moved.body());
        assertEquals(400, shopA1.post("/api/v1/alerts/" + id + "/transitions",
                Json.createObjectBuilder().add("to", "WITHDRAWN").build()).status(), "nor withdraws one by hand");
        assertNoClearNumber(digits);

        Http.Answer accepted = assoc.post("/api/v1/review/responses/" + sample + "/decision",
                Json.createObjectBuilder().add("decision", "ACCEPT").add("reason", "客户本人确认").build());
        assertEquals(200, accepted.status(), accepted.body());
        JsonObject back = awaitStatus(id, "OPEN");
        assertFalse(back.getJsonObject("alert").getBoolean("hasContact"), "an erased contact does not come back");
        assertEquals(1, Database.count("select count(*) from alert_case where sample_id = ?", sample));
    }

    @Test
    void aContactedCaseKeepsGoingWhenItsSampleIsFlaggedLater() {
        String token = surveyToken();
        String order = "RO-K" + UUID.randomUUID().toString().substring(0, 8);
        String sample = send(token, Surveys.answers(2, 1).add("repairOrderNo", order));
        String id = awaitAlertOf(groupA, sample).getString("id");
        assertEquals(200, shopA1.post("/api/v1/alerts/" + id + "/transitions",
                Json.createObjectBuilder().add("to", "CONTACTED").build()).status());
        assertEquals("SUSPECT", Surveys.statusOf(assoc, Surveys.submitTimed(api, token,
                Surveys.answers(9, 9).add("repairOrderNo", order))));
        sleep(3_000); // a few scans
        assertEquals("CONTACTED", shopA1.get("/api/v1/alerts/" + id).json().getJsonObject("alert").getString("status"));
    }

    @Test
    void theErasureRequestAlsoRemovesAConsentStillWaitingForItsAlert() {
        String token = surveyToken();
        // without a start ticket the sample is held for review: its consent waits for the alert
        Http.Answer held = Surveys.submit(api, token, Surveys.answers(2, 2).build());
        assertEquals("SUSPECT", Surveys.statusOf(assoc, held));
        String sample = held.json().getString("id");
        String digits = "136" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        assertEquals(204, api.post("/api/v1/public/surveys/" + token + "/responses/" + sample + "/contact",
                consent(digits, "callback-v1")).status());
        assertEquals(1, Database.count("select count(*) from alert_contact_awaiting where sample_id = ?", sample));

        Http.Answer erased = assoc.post("/api/v1/privacy/erasures", Json.createObjectBuilder()
                .add("phone", "+86 " + digits).build());
        assertEquals(200, erased.status(), erased.body());
        assertTrue(erased.json().getJsonObject("erased").getJsonNumber("alerts").longValue() >= 1, erased.body());
        assertEquals(0, Database.count("select count(*) from alert_contact_awaiting where sample_id = ?", sample));

        assertEquals(200, assoc.post("/api/v1/review/responses/" + sample + "/decision",
                Json.createObjectBuilder().add("decision", "ACCEPT").add("reason", "客户本人确认").build()).status());
        String id = awaitAlertOf(groupA, sample).getString("id");
        sleep(2_000); // a scan or two: nothing is left to move onto the alert
        assertFalse(shopA1.get("/api/v1/alerts/" + id).json().getJsonObject("alert").getBoolean("hasContact"));
    }

    static JsonObject rule(int overall, int item, int recommendation, boolean complaint) {
        return Json.createObjectBuilder().add("overallBelow", overall).add("itemAtOrBelow", item)
                .add("recommendationAtOrBelow", recommendation).add("complaint", complaint).build();
    }

    static JsonObject levels(int hours, int days) {
        return Json.createObjectBuilder().add("firstContactWithinHours", hours).add("closeWithinDays", days).build();
    }

    /** The survey page's form as a browser without JavaScript posts it: every item {@code rating}. */
    static String plainForm(String page, int rating, int recommend) {
        StringBuilder form = new StringBuilder("ticket=" + enc(hidden(page, "ticket")) + "&view="
                + enc(hidden(page, "view")) + "&submission=" + hidden(page, "submission")
                + "&questionnaireVersion=1&recommend=" + recommend + "&visitType=REPAIR");
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            form.append("&q_").append(code).append('=').append(rating);
        }
        return form.toString();
    }

    /** The alert once the scan has moved it to {@code status}. */
    JsonObject awaitStatus(String alertId, String status) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            Http.Answer alert = groupA.get("/api/v1/alerts/" + alertId);
            assertEquals(200, alert.status(), alert.body());
            if (status.equals(alert.json().getJsonObject("alert").getString("status"))) {
                return alert.json();
            }
            sleep(250);
        }
        throw new AssertionError("alert " + alertId + " never became " + status);
    }

    /**
     * Alert figures against a hand count: a shop of its own (so nothing else lands in it) gets six
     * valid samples, four of them low. One case is resolved 2 h after it was raised, one not resolved
     * after 6 h, one only contacted after 10 h (times moved in the database), one left open three days
     * past its deadline: 4 alerts, 4/6 alerting, median 6 h, 1 of 2 closed resolved, 1 overdue.
     */
    @Test
    void theFiguresMatchAHandCountStayWithinTheGroupAndShowNoPhoneNumber() throws Exception {
        String shop = DemoTenants.ensureShop(groupA, "AF", "上海徐汇预警数据店");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String token = Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shop));
        List<String> low = List.of(send(token, Surveys.answers(2, 3)), send(token, Surveys.answers(3, 4)),
                send(token, Surveys.answers(1, 2)), send(token, Surveys.answers(4, 5)));
        send(token, Surveys.answers(9, 10));
        send(token, Surveys.answers(10, 9));
        List<String> ids = low.stream().map(sample -> awaitAlertOf(groupA, sample).getString("id")).toList();
        String digits = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        assertEquals(204, api.post("/api/v1/public/surveys/" + token + "/responses/" + low.get(3) + "/contact",
                consent(digits, "callback-v1")).status());
        move(ids.get(0), "CONTACTED", null);
        move(ids.get(0), "RESOLVED", null);
        move(ids.get(1), "CONTACTED", null);
        move(ids.get(1), "NOT_RESOLVED", "NO_AGREEMENT");
        move(ids.get(2), "CONTACTED", null);
        Database.update("update alert_case set raised_at = first_contact_at - interval 2 hour where id = ?", ids.get(0));
        Database.update("update alert_case set raised_at = first_contact_at - interval 6 hour where id = ?", ids.get(1));
        Database.update("update alert_case set raised_at = first_contact_at - interval 10 hour where id = ?", ids.get(2));
        Database.update("update alert_case set raised_at = raised_at - interval 3 day, first_contact_due ="
                + " first_contact_due - interval 3 day, closure_due = closure_due - interval 3 day where id = ?", ids.get(3));

        Http.Answer shopFigures = groupA.get("/api/v1/alerts/figures?month=" + month + "&shopId=" + shop);
        assertEquals(200, shopFigures.status(), shopFigures.body());
        assertEquals("SHOP", shopFigures.json().getString("scope"));
        JsonObject m = shopFigures.json().getJsonObject("figures").getJsonObject("month");
        assertEquals(4, m.getInt("alerts"), m.toString());
        assertEquals(6, m.getInt("validSamples"));
        assertEquals(0.6667, m.getJsonNumber("shareAlerting").doubleValue(), 1e-9);
        assertEquals(3, m.getInt("contacted"));
        assertEquals(6.0, m.getJsonNumber("medianHoursToFirstContact").doubleValue(), 0.01);
        assertEquals(2, m.getInt("closed"));
        assertEquals(1, m.getInt("resolved"));
        assertEquals(0.5, m.getJsonNumber("shareResolved").doubleValue(), 1e-9);
        assertEquals(1, m.getInt("overdueNow"));
        assertEquals(m, shopFigures.json().getJsonObject("figures").getJsonObject("yearToDate"), "a shop of this month only");

        Http.Answer group = groupA.get("/api/v1/alerts/figures?month=" + month);
        assertEquals("GROUP", group.json().getString("scope"), group.body());
        JsonObject row = group.json().getJsonArray("shops").getValuesAs(JsonObject.class).stream()
                .filter(s -> shop.equals(s.getString("shopId"))).findFirst().orElseThrow();
        assertEquals(m, row.getJsonObject("figures").getJsonObject("month"));
        assertTrue(group.json().getJsonObject("figures").getJsonObject("month").getInt("alerts") >= 4);
        // the group's count is every alert of its samples this month, counted here from the table
        java.time.ZonedDateTime start = java.time.YearMonth.parse(month).atDay(1).atStartOfDay(
                java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(Database.count("select count(*) from alert_case where tenant_id = 'demo-group-a'"
                        + " and submitted_at >= ? and submitted_at < ?", java.sql.Timestamp.from(start.toInstant()),
                java.sql.Timestamp.from(start.plusMonths(1).toInstant())),
                group.json().getJsonObject("figures").getJsonObject("month").getInt("alerts"));

        assertEquals(404, shopA1.get("/api/v1/alerts/figures?shopId=" + shop).status(), "a manager sees their shop only");
        assertEquals(404, groupB.get("/api/v1/alerts/figures?shopId=" + shop).status(), "another group's shop");
        Http.Answer groupBFigures = groupB.get("/api/v1/alerts/figures?month=" + month);
        assertEquals(200, groupBFigures.status());
        assertFalse(groupBFigures.body().contains(shop), "group B's figures hold none of group A's shops");
        assertEquals("SHOP", shopA1.get("/api/v1/alerts/figures").json().getString("scope"));
        assertEquals(List.of("month"), groupA.get("/api/v1/alerts/figures?month=2026-13").fieldErrors());
        assertEquals(List.of("month"), groupA.get("/api/v1/alerts/figures?month=2999-01").fieldErrors());
        assertEquals(List.of("shopId"), assoc.get("/api/v1/alerts/figures?shopId=" + shop).fieldErrors());

        Http.Answer nation = assoc.get("/api/v1/alerts/figures?month=" + month);
        assertEquals("NATION", nation.json().getString("scope"), nation.body());
        List<JsonObject> groups = nation.json().getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(nation.json().getJsonObject("figures").getJsonObject("month").getInt("alerts"),
                groups.stream().mapToInt(g -> g.getJsonObject("figures").getJsonObject("month").getInt("alerts")).sum());
        assertTrue(groups.stream().anyMatch(g -> "demo-group-a".equals(g.getString("tenant"))
                && "华东汽车服务集团".equals(g.getString("name"))));
        Http.Answer page = assoc.getPage("/console/alerts/national?month=" + month);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("华东汽车服务集团") && page.body().contains("首次联系用时"), page.body());
        assertEquals(403, groupA.getPage("/console/alerts/national").status());
        for (Http.Answer association : List.of(nation, page, shopFigures, group)) {
            assertFalse(association.body().contains(digits.substring(3)), "no phone number in the figures");
            assertFalse(association.body().contains("phone") || association.body().contains("contact\""));
            assertFalse(association.body().contains(shop) && association == nation, "the association sees groups");
        }

        // the dashboards: the shop's page as its group sees it, the group's and the nation's
        String shopPage = groupA.getPage("/console/scores/shops/" + shop + "?lang=en").body();
        assertTrue(shopPage.contains("id=\"alert-figures\"") && shopPage.contains("66.7%")
                && shopPage.contains("6.0 h"), shopPage);
        assertTrue(groupA.getPage("/console/scores").body().contains("id=\"alert-figures\""));
        assertTrue(assoc.getPage("/console/scores").body().contains("id=\"alert-figures\""));
        assertTrue(shopA1.getPage("/console/scores").body().contains("id=\"alert-figures\""));

        // the group report and the monthly shop report (PDF): the reporting module beside the alerts module
        DemoTenants.enableAlertsAndReports(assoc, "demo-group-a");
        try {
            byte[] groupPdf = Surveys.fetch(base + "/console/reports/group.pdf?month=" + month,
                    Keycloak.token("group-a")).body();
            String groupText = org.dealerplatform.deployment.support.PdfText.of(groupPdf);
            assertTrue(groupText.contains("客户预警") && groupText.contains("本年累计"), groupText);
            assertShopReportShowsAlerts(shop, ids, digits);
        } finally {
            DemoTenants.enableAlerts(assoc, "demo-group-a");
        }
    }

    /**
     * A report run is made once per month, and this month's belongs to MonthlyReportsIT: the cases
     * move to a month no other class runs (16 back), where the report counts them with no samples.
     */
    void assertShopReportShowsAlerts(String shop, List<String> ids, String digits) throws Exception {
        java.time.YearMonth back = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(16);
        for (String id : ids) {
            Database.update("update alert_case set submitted_at = submitted_at - interval 16 month where id = ?", id);
        }
        String reader = "alerts-" + Long.toString(System.nanoTime(), 36) + "@reports.example";
        assertEquals(200, groupA.put("/api/v1/shops/" + shop + "/report-recipients", Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder().add(reader)).build()).status());
        try {
            Http.Answer run = assoc.post("/api/v1/reports/runs", Json.createObjectBuilder().add("kind", "SHOP_MONTHLY")
                    .add("month", back.toString()).build());
            assertEquals(202, run.status(), run.toString());
            long end = System.currentTimeMillis() + 180_000;
            while (!"DONE".equals(assoc.get("/api/v1/reports/runs/" + run.json().getString("id")).json()
                    .getString("status"))) {
                assertTrue(System.currentTimeMillis() < end, "the run completes");
                sleep(500);
            }
        } finally {
            groupA.put("/api/v1/shops/" + shop + "/report-recipients", Json.createObjectBuilder()
                    .add("emails", Json.createArrayBuilder()).build());
        }
        String reportId = groupA.get("/api/v1/shops/" + shop + "/reports").items().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("month").equals(back.toString())).findFirst().orElseThrow()
                .getString("id");
        byte[] pdf = Surveys.fetch(base + "/api/v1/reports/" + reportId + ".pdf", Keycloak.token("group-a")).body();
        String text = org.dealerplatform.deployment.support.PdfText.of(pdf);
        assertTrue(text.contains("客户预警"), text);
        assertTrue(text.contains("首次联系用时") && text.contains("6.0 小时") && text.contains("50.0%"), text);
        assertFalse(text.contains(digits.substring(3)), "no phone number in the report");
    }

    void move(String alertId, String to, String reason) {
        var body = Json.createObjectBuilder().add("to", to).add("note", "回访记录");
        if (reason != null) {
            body.add("reason", reason);
        }
        Http.Answer moved = groupA.post("/api/v1/alerts/" + alertId + "/transitions", body.build());
        assertEquals(200, moved.status(), moved.body());
    }

    static String hidden(String page, String name) {
        String marker = "name=\"" + name + "\" value=\"";
        int at = page.indexOf(marker);
        assertTrue(at > 0, "hidden field " + name + " in " + page);
        return page.substring(at + marker.length(), page.indexOf('"', at + marker.length()));
    }

    static String cookie(Http.Answer page, String name) {
        String set = page.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
        return set.substring(name.length() + 1, set.indexOf(';'));
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject consent(String phone, String version) {
        return Json.createObjectBuilder().add("phone", phone).add("consentVersion", version).build();
    }

    /** The scan moves a consent given before the alert existed onto it within a tick or two. */
    String awaitContactOn(String alertId) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            Http.Answer alert = shopA1.get("/api/v1/alerts/" + alertId);
            assertEquals(200, alert.status(), alert.body());
            if (alert.json().getJsonObject("alert").getBoolean("hasContact")) {
                return alertId;
            }
            sleep(250);
        }
        throw new AssertionError("the consent never reached alert " + alertId);
    }

    /** Every column of every alert table, binary ones read as bytes, holds none of the number's digits in clear. */
    /**
     * While a consented number is stored: none of the exports, in either format, for the group or
     * for the association, holds it (nor its last eight digits, as a number written otherwise would).
     */
    void assertNoExportHolds(String digits) {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        String months = "from=" + now.minusMonths(1) + "&to=" + now;
        DemoTenants.enableAlertsAndReports(assoc, "demo-group-a");   // the exports are the reporting module's
        try {
            exportsHoldNo(digits, months);
        } finally {
            DemoTenants.enableAlerts(assoc, "demo-group-a");
        }
    }

    void exportsHoldNo(String digits, String months) {
        for (String who : List.of("group-a", "assoc")) {
            for (String file : List.of("samples.csv", "samples.xlsx", "scores.csv", "scores.xlsx")) {
                java.net.http.HttpResponse<byte[]> export = Surveys.fetch(base + "/api/v1/exports/" + file + "?"
                        + months, Keycloak.token(who));
                assertEquals(200, export.statusCode(), who + " " + file);
                String text = file.endsWith(".xlsx") ? org.dealerplatform.deployment.support.Xlsx.allXml(export.body())
                        : new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(text.contains(digits.substring(3)), who + "'s " + file + " holds the number");
            }
        }
    }

    static void assertNoClearNumber(String digits) {
        for (String table : List.of("alert_case", "alert_step", "alert_contact_awaiting", "alert_group_rule",
                "alert_note")) {
            for (var row : Database.rows("select * from " + table)) {
                for (Object value : row.values()) {
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    assertFalse(text.contains(digits.substring(3)), table + " holds the number in clear");
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String surveyToken() {
        return Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopA1Id));
    }

    /** A start ticket, as the survey page fetches it: with it the answering time is known. */
    String ticket(String token) {
        return api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
    }

    /** Sends the answers as the survey page does (timed), so screening finds them VALID. */
    String send(String token, jakarta.json.JsonObjectBuilder body) {
        Http.Answer sent = Surveys.submitTimed(api, token, body);
        assertEquals(201, sent.status(), sent.body());
        return sent.json().getString("id");
    }

    /** The alert the sample raised, as {@code who} lists it, once the scan has raised it. */
    static JsonObject awaitAlertOf(Http who, String sampleId) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            Http.Answer list = who.get("/api/v1/alerts");
            assertEquals(200, list.status(), list.body());
            Optional<JsonObject> found = list.items().getValuesAs(JsonObject.class).stream()
                    .filter(a -> sampleId.equals(a.getString("sampleId"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no alert for sample " + sampleId + " within " + WAIT_MILLIS + " ms");
    }
}
