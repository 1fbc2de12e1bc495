package org.dealerplatform.survey.collection;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer's answers after validation against the questionnaire they answered: ratings by item
 * code (1-10), the 0-10 recommendation, visit type, optional advisor, repair order, comment and
 * phone number, and whether the customer marked the comment as a complaint (only with a comment).
 * The phone number lives only as long as this object: it is hashed, never stored.
 */
public record Submission(Map<String, Integer> answers, Integer recommend, VisitType visitType, String advisorId,
                         String repairOrderNo, String comment, String phone, String ticket, boolean complaint) {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public Submission {
        answers = new TreeMap<>(answers);
        if (complaint && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("a complaint is a comment marked as one");
        }
    }

    /** Without a complaint. */
    public Submission(Map<String, Integer> answers, Integer recommend, VisitType visitType, String advisorId,
                      String repairOrderNo, String comment, String phone, String ticket) {
        this(answers, recommend, visitType, advisorId, repairOrderNo, comment, phone, ticket, false);
    }

    public String answersJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        answers.forEach(json::add);
        return json.build().toString();
    }

    public boolean allTopScores() {
        return !answers.isEmpty() && answers.values().stream().allMatch(v -> v == 10)
                && (recommend == null || recommend == 10);
    }

    /**
     * What makes two submissions "the same" for an idempotency key: every answer, in a fixed
     * order; the phone number only as its salted hash. The complaint tick only when ticked, so a
     * key sent before the tick existed still matches its retry.
     */
    public String canonical(String phoneHash, int questionnaireVersion) {
        return "v=" + questionnaireVersion + "|a=" + answers + "|r=" + recommend + "|t=" + visitType + "|sa=" + advisorId
                + "|ro=" + repairOrderNo + "|c=" + comment + "|p=" + phoneHash + "|k=" + ticket
                + (complaint ? "|cp=1" : "");
    }
}
