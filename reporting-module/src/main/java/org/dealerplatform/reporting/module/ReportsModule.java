package org.dealerplatform.reporting.module;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Roles;

/** Monthly shop reports by email, group and national reports, exports. */
@ApplicationScoped
public class ReportsModule implements PlatformModule {

    public static final String ID = "reports";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("报告与导出", "Reports and exports");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/reports";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("/reports", new LocalizedText("月度报告", "Monthly reports"),
                Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER), 50),
                new NavigationEntry("/reports/group", new LocalizedText("集团报告", "Group report"),
                        Set.of(Roles.GROUP_ADMIN), 51),
                new NavigationEntry("/reports/national", new LocalizedText("全国报告", "National report"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 52),
                new NavigationEntry("/reports/runs", new LocalizedText("报告发送批次", "Report runs"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 53),
                new NavigationEntry("/reports/deliveries", new LocalizedText("报告发送", "Report delivery"),
                        Set.of(Roles.GROUP_ADMIN), 54),
                new NavigationEntry("/reports/exports", new LocalizedText("数据导出", "Data exports"),
                        Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN), 55));
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER);
    }
}
