package org.dealerplatform.survey.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dealerplatform.core.alerts.AlertFigureTexts;
import org.dealerplatform.core.alerts.AlertFigureTexts.Column;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.alerts.AlertFiguresReader;
import org.dealerplatform.survey.scores.Period;

/**
 * The hot-alert section of the dashboards, over the page's period, read through core's
 * {@link AlertFiguresReader}: the shop, its group and the nation (or the group and the nation, or
 * the nation), as the score comparisons read. Empty, and the page shows no section, when the alerts
 * module is not installed or the shop's group has not enabled it.
 */
@ApplicationScoped
public class AlertSections {

    @Inject
    Instance<AlertFiguresReader> reader;

    public Optional<AlertFigureTexts.Table> shop(String shopId, String tenantId, Period period, Locale locale) {
        if (!reader.isResolvable()) {
            return Optional.empty();
        }
        AlertFigures shop = reader.get().shops(List.of(shopId), period.from(), period.to()).get(shopId);
        if (shop == null) {
            return Optional.empty();
        }
        AlertFigureTexts texts = new AlertFigureTexts(locale);
        List<Column> columns = new ArrayList<>(List.of(new Column(texts.text("alertFigures.shop"), shop)));
        reader.get().group(tenantId, period.from(), period.to())
                .ifPresent(g -> columns.add(new Column(texts.text("alertFigures.group"), g)));
        return Optional.of(withNation(texts, columns, period));
    }

    public Optional<AlertFigureTexts.Table> group(String tenantId, Period period, Locale locale) {
        if (!reader.isResolvable()) {
            return Optional.empty();
        }
        AlertFigureTexts texts = new AlertFigureTexts(locale);
        return reader.get().group(tenantId, period.from(), period.to()).map(g -> withNation(texts,
                new ArrayList<>(List.of(new Column(texts.text("alertFigures.group"), g))), period));
    }

    public Optional<AlertFigureTexts.Table> nation(Period period, Locale locale) {
        if (!reader.isResolvable()) {
            return Optional.empty();
        }
        AlertFigureTexts texts = new AlertFigureTexts(locale);
        return reader.get().nation(period.from(), period.to())
                .map(n -> texts.table(List.of(new Column(texts.text("alertFigures.nation"), n))));
    }

    private AlertFigureTexts.Table withNation(AlertFigureTexts texts, List<Column> columns, Period period) {
        reader.get().nation(period.from(), period.to())
                .ifPresent(n -> columns.add(new Column(texts.text("alertFigures.nation"), n)));
        return texts.table(columns);
    }
}
