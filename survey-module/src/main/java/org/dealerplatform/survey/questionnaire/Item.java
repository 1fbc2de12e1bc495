package org.dealerplatform.survey.questionnaire;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;

/** One 1-to-10 rating question, belonging to one dimension. */
public record Item(String code, Dimension dimension, String textZh, String textEn, boolean required) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

    public Item {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("items.code", "must be 1 to 10 capital letters or digits, starting with a letter");
        }
        if (dimension == null) {
            throw new RuleViolation("items.dimension", "is required");
        }
        textZh = RuleViolation.requiredText("items.textZh", textZh, 200);
        textEn = RuleViolation.requiredText("items.textEn", textEn, 200);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }
}
