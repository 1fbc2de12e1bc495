package org.dealerplatform.survey.alerting;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;

/**
 * A stored sample's answers as an alert rule reads them: each rated question with its dimension
 * from the questionnaire version the customer answered (not today's), on the customer's 1-10 scale,
 * and the "my comment is a complaint" tick as stored with the sample (only ever set with a comment).
 */
final class AlertAnswersOf {

    private static final JsonProvider JSON = JsonProvider.provider();

    private AlertAnswersOf() {
    }

    /** {@code answersJson} as {@code Submission#answersJson} wrote it: question code to rating. */
    static AlertAnswers of(Questionnaire answered, String answersJson, Integer recommend, double overall,
                           boolean complaint) {
        JsonObject ratings;
        try (var reader = JSON.createReader(new StringReader(answersJson))) {
            ratings = reader.readObject();
        }
        List<RatedItem> items = new ArrayList<>();
        for (Item item : answered.items()) {
            JsonValue rating = ratings.get(item.code());
            if (rating instanceof JsonNumber number) {
                items.add(new RatedItem(item.code(), item.dimension(), number.intValueExact()));
            }
        }
        return new AlertAnswers(overall, items, recommend, complaint);
    }
}
