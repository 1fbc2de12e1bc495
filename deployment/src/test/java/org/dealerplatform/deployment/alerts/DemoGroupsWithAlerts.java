package org.dealerplatform.deployment.alerts;

import java.net.URL;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformUrl;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.SharedPlatform;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where every alert test starts: the shipped WAR on the shared platform, both demo groups with the
 * alerts module on, and shop A1 of group A with its manager; clients for the association, both
 * group admins and the manager.
 */
@ExtendWith(SharedPlatform.class)
abstract class DemoGroupsWithAlerts {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    String base;
    Http api;
    Http assoc;
    Http groupA;
    Http groupB;
    Http shopA1;
    String shopA1Id;

    @BeforeEach
    void groupsWithAlerts() {
        base = Deployments.base(deployed);
        api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        DemoTenants.enableAlerts(assoc, "demo-group-a");
        DemoTenants.enableAlerts(assoc, "demo-group-b");
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        shopA1 = api.as(Keycloak.token("shop-a1"));
        shopA1Id = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
    }
}
