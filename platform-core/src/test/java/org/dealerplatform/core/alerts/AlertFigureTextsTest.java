package org.dealerplatform.core.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.i18n.Languages;
import org.junit.jupiter.api.Test;

class AlertFigureTextsTest {

    static final AlertFigures SHOP = new AlertFigures(4, 6, 3, Duration.ofHours(6), 2, 1, 1);

    @Test
    void theFiguresPrintAsCountsPercentsAndHours() {
        AlertFigureTexts en = new AlertFigureTexts(Locale.ENGLISH);
        assertEquals(List.of("4", "66.7%", "6.0 h", "50.0%", "1"), en.values(SHOP));
        assertEquals(List.of("4", "66.7%", "6.0 小时", "50.0%", "1"),
                new AlertFigureTexts(Languages.CHINESE).values(SHOP));
        assertEquals(List.of("0", "—", "—", "—", "0"), en.values(AlertFigures.NONE));
        assertEquals("1.5 h", en.hours(Duration.ofMinutes(90)));
    }

    @Test
    void aTableHasOneRowPerFigureAndOneColumnPerScope() {
        AlertFigureTexts en = new AlertFigureTexts(Locale.ENGLISH);
        AlertFigureTexts.Table table = en.table(List.of(new AlertFigureTexts.Column("Shop", SHOP),
                new AlertFigureTexts.Column("Nation", AlertFigures.NONE)));
        assertEquals("Hot alerts", table.heading());
        assertEquals(List.of("Shop", "Nation"), table.columns());
        assertEquals(AlertFigureTexts.CODES, table.rows().stream().map(AlertFigureTexts.Row::code).toList());
        assertEquals(List.of("66.7%", "—"), table.rows().get(1).values());
        assertEquals("Median time to first contact", table.rows().get(2).label());
    }

    @Test
    void figuresThatCannotBeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AlertFigures(1, 1, 2, Duration.ZERO, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AlertFigures(2, 1, 0, null, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new AlertFigures(2, 1, 1, null, 0, 0, 0));
    }
}
