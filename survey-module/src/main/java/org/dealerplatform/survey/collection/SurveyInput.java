package org.dealerplatform.survey.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;

/**
 * What a customer sent, as text or numbers, before any check: from the JSON API or the HTML form.
 * {@link #validate} turns it into a {@link Submission} or reports every bad field at once; nothing
 * is written before it passes. {@code complaint} is the "my comment is a complaint" tick: "true"
 * (the JSON boolean) or "yes" (the form's box), absent or "false" when not ticked.
 */
public record SurveyInput(Map<String, String> answers, String recommend, String visitType, String advisorId,
                          String repairOrderNo, String comment, String phone, String ticket,
                          String questionnaireVersion, String complaint) {

    public static final int MAX_COMMENT = 1000;
    private static final Pattern REPAIR_ORDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_-]{0,39}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    public SurveyInput {
        answers = answers == null ? Map.of() : new HashMap<>(answers);
    }

    /** Without the complaint tick. */
    public SurveyInput(Map<String, String> answers, String recommend, String visitType, String advisorId,
                       String repairOrderNo, String comment, String phone, String ticket, String questionnaireVersion) {
        this(answers, recommend, visitType, advisorId, repairOrderNo, comment, phone, ticket, questionnaireVersion,
                null);
    }

    /** {@code isAdvisorOfShop} is asked only when an advisor was chosen. */
    public Submission validate(Questionnaire questionnaire, java.util.function.Predicate<String> isAdvisorOfShop) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> ratings = new HashMap<>();
        for (String code : answers.keySet()) {
            if (questionnaire.item(code).isEmpty()) {
                errors.add(new FieldError("answers." + code, "is not a question of this questionnaire"));
            }
        }
        for (Item item : questionnaire.items()) {
            String raw = blankToNull(answers.get(item.code()));
            if (raw == null) {
                if (item.required()) {
                    errors.add(new FieldError("answers." + item.code(), "is required"));
                }
                continue;
            }
            Integer value = integer(raw);
            if (value == null || value < 1 || value > 10) {
                errors.add(new FieldError("answers." + item.code(), "must be a whole number from 1 to 10"));
            } else {
                ratings.put(item.code(), value);
            }
        }
        Integer recommendation = null;
        String rawRecommend = blankToNull(recommend);
        if (rawRecommend == null) {
            errors.add(new FieldError("recommend", "is required"));
        } else {
            recommendation = integer(rawRecommend);
            if (recommendation == null || recommendation < 0 || recommendation > 10) {
                errors.add(new FieldError("recommend", "must be a whole number from 0 to 10"));
            }
        }
        VisitType visit = null;
        if (blankToNull(visitType) == null) {
            errors.add(new FieldError("visitType", "is required"));
        } else {
            try {
                visit = VisitType.valueOf(visitType.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("visitType", "must be one of MAINTENANCE, REPAIR, OTHER"));
            }
        }
        String advisor = blankToNull(advisorId);
        if (advisor != null && (advisor.length() > 36 || !isAdvisorOfShop.test(advisor))) {
            errors.add(new FieldError("advisorId", "is not an advisor of this shop"));
        }
        String order = blankToNull(repairOrderNo);
        if (order != null && !REPAIR_ORDER.matcher(order.strip()).matches()) {
            errors.add(new FieldError("repairOrderNo", "must be up to 40 letters, digits, '-', '_' or '/'"));
        }
        String text = blankToNull(comment);
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > MAX_COMMENT) {
            errors.add(new FieldError("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        boolean complaintTicked = false;
        String tick = blankToNull(complaint);
        if (tick != null) {
            switch (tick.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> complaintTicked = true;
                case "false", "no" -> complaintTicked = false;
                default -> errors.add(new FieldError("complaint", "must be true or false"));
            }
        }
        if (complaintTicked && text == null) {
            // a complaint is the customer's own words; a bare tick would raise an alert nobody can act on
            errors.add(new FieldError("complaint", "needs a comment: write what the complaint is about, or untick it"));
        }
        String mobile = blankToNull(phone) == null ? null : phone.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("phone", "must be an 11-digit mainland mobile number"));
        }
        if (ticket != null && ticket.length() > 200) {
            errors.add(new FieldError("ticket", "is not a survey ticket"));
        }
        if (ratings.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("answers", "at least one question must be answered"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Submission(ratings, recommendation, visit, advisor,
                order == null ? null : order.strip().toUpperCase(Locale.ROOT), text == null ? null : text.strip(),
                mobile, blankToNull(ticket), complaintTicked);
    }

    private static Integer integer(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
