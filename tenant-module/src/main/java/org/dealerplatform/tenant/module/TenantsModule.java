package org.dealerplatform.tenant.module;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Roles;

/** Registers the tenant module: dealer groups for the association, shops and advisors for the groups. */
@ApplicationScoped
public class TenantsModule implements PlatformModule {

    public static final String ID = "tenants";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("经销商集团与门店", "Dealer groups and shops");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/tenants";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("/tenants", new LocalizedText("经销商集团", "Dealer groups"),
                        Set.of(Roles.ASSOCIATION_ADMIN), 10),
                new NavigationEntry("/shops", new LocalizedText("门店", "Shops"),
                        Set.of(Roles.GROUP_ADMIN), 20),
                new NavigationEntry("/shops", new LocalizedText("我的门店", "My shop"),
                        Set.of(Roles.SHOP_MANAGER), 21));
    }

    @Override
    public Set<String> roles() {
        return Roles.ALL;
    }
}
