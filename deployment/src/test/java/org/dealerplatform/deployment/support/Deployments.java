package org.dealerplatform.deployment.support;

import java.io.File;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as `deployment` packaged it: tests run against what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform() {
        File war = new File(System.getProperty("platform.war", "target/dealer-platform.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("no WAR at " + war + "; run the tests with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "dealer-platform.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The platform's address as the browser and Keycloak's redirect rules know it (localhost),
     * whatever host name Arquillian reports.
     */
    public static String base(URL deployed) {
        return "http://localhost:" + deployed.getPort();
    }
}
