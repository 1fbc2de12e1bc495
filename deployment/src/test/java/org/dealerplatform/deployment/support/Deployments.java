package org.dealerplatform.deployment.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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

    /** The WAR with these settings ({@code NAME=value}) after the shipped ones, so they win. */
    public static WebArchive withSettings(WebArchive war, String... settings) {
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        String shipped;
        try (InputStream in = war.get(path).getAsset().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(path);
        return war.add(new StringAsset(shipped + "\n" + String.join("\n", settings) + "\n"), path);
    }

    /**
     * The platform's address as the browser and Keycloak's redirect rules know it (localhost),
     * whatever host name the URL was given with.
     */
    public static String base(URL deployed) {
        return "http://localhost:" + deployed.getPort();
    }
}
