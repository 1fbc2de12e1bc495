package org.dealerplatform.alerts.module;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Roles;

/** Hot alerts: unhappy customers called back within a day, with their consent. */
@ApplicationScoped
public class AlertsModule implements PlatformModule {

    public static final String ID = "alerts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("客户预警与回访", "Hot alerts and call-backs");
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/alerts";
    }

    /**
     * The inbox near the top (it is the day's work, with the open count as a badge) and the
     * group's overdue list for the shops' people; for the association only the national figures:
     * alerts carry a customer's number, the figures none.
     */
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("/alerts", new LocalizedText("回访预警", "Alerts"),
                        Set.of(Roles.GROUP_ADMIN, Roles.SHOP_MANAGER), 25),
                new NavigationEntry("/alerts/overdue", new LocalizedText("超时回访", "Overdue call-backs"),
                        Set.of(Roles.GROUP_ADMIN), 26),
                NATIONAL_FIGURES);
    }

    static final NavigationEntry NATIONAL_FIGURES = new NavigationEntry("/alerts/national",
            new LocalizedText("预警数据", "Alert figures"), Set.of(Roles.ASSOCIATION_ADMIN), 62);

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER);
    }
}
