package org.dealerplatform.alerts.figures;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.alerts.AlertFigureTexts;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;

/**
 * {@code /console/alerts/national?month=}: the association's alert figures, each dealer group that
 * has the module side by side with the nation, for the month and the year to date. Groups by name,
 * no shop and nothing about a customer: the same figures the figures API gives the association.
 */
@Path("console/alerts/national")
@Produces(MediaType.TEXT_HTML)
@RequiresModule(AlertsModule.ID)
public class NationalFiguresPage {

    static final String TEMPLATE = "templates/alerts/figures-national.vm";

    @Inject
    PublishedAlertFigures figures;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    Clock clock = Clock.systemUTC();

    /** One line of a table: a group or the nation, its printed figures. */
    public record Line(String tenant, String name, List<String> values, boolean nation) {
    }

    /** One period's table: every group, then the nation. */
    public record Block(String heading, List<Line> lines) {
    }

    @GET
    @Transactional
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response page(@QueryParam("month") String month) {
        YearMonth m = FigurePeriod.parseMonth(month, clock.instant());
        FigurePeriod year = FigurePeriod.yearToDate(m);
        AlertFigureTexts texts = new AlertFigureTexts(view.locale());
        Map<String, String> names = directory.isResolvable() ? directory.get().groupNames() : Map.of();
        Map<String, Object> model = new HashMap<>();
        model.put("month", m.toString());
        model.put("labels", texts.labels());
        model.put("note", texts.note());
        model.put("blocks", List.of(
                block(texts.text("alertFigures.month") + " · " + m, FigurePeriod.month(m), texts, names),
                block(texts.text("alertFigures.yearToDate") + " · " + year.from() + " – " + m, year, texts, names)));
        return pages.page(TEMPLATE, "figures.national.title", model);
    }

    private Block block(String heading, FigurePeriod period, AlertFigureTexts texts, Map<String, String> names) {
        List<Line> lines = new ArrayList<>();
        figures.groups(period.from(), period.to()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(new Line(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
                        texts.values(e.getValue()), false)));
        lines.add(new Line("", texts.text("alertFigures.nation"),
                texts.values(figures.nation(period.from(), period.to()).orElse(AlertFigures.NONE)), true));
        return new Block(heading, lines);
    }
}
