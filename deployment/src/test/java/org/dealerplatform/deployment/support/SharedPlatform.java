package org.dealerplatform.deployment.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Runs the test class's WAR (its {@link PlatformWar} method) on Payara Micro and sets its
 * {@link PlatformUrl} field; a class whose WAR has the same content as the running one reuses
 * that platform instead of booting another.
 * <p>
 * Why not Arquillian's Payara Micro adapter, as the architecture first chose: it boots a new
 * Payara Micro JVM for every test class (Payara Micro deploys only at start-up), about 15 s each,
 * which made the suite spend a quarter of its time booting the same WAR. Every integration test
 * here talks to the platform over HTTP as a client would ({@code testable = false} throughout),
 * so nothing of Arquillian's in-container machinery was used. The stack underneath (MariaDB,
 * Keycloak, GreenMail, the proxies) is {@link PlatformStack}'s, shared by the whole run as before.
 * <p>
 * What a shared platform means for a test: the platform's memory (short-lived caches, rate
 * counters, console sessions) carries over from the classes before, exactly as it carried over
 * between methods of one class; tests already make their own tenants, shops and client addresses.
 * Tests that stop or kill a platform start their own ({@code ReportRunCrashIT} and the like).
 */
public final class SharedPlatform implements BeforeAllCallback, TestInstancePostProcessor {

    /**
     * For {@code @Order} on a class that deploys a WAR of its own: it runs after the classes that
     * share the common one (junit-platform.properties orders classes by {@code @Order}), so the
     * common platform boots once, not again after every such class. Classes without {@code @Order}
     * count as {@link org.junit.jupiter.api.Order#DEFAULT}; lower runs first.
     */
    public static final int OWN_WAR = org.junit.jupiter.api.Order.DEFAULT + 1;

    /** As the Arquillian configuration had it: enough for the platform, small enough for two cores. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseSerialGC");

    private static Running running;
    private static int boots;

    private record Running(String fingerprint, PayaraMicroServer server) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PlatformStack.start();
        platformFor(context.getRequiredTestClass());
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        URL url = URI.create(platformFor(instance.getClass()).server().url()).toURL();
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(PlatformUrl.class)) {
                    field.setAccessible(true);
                    field.set(instance, url);
                }
            }
        }
    }

    private static synchronized Running platformFor(Class<?> testClass) {
        WebArchive war = warOf(testClass);
        String fingerprint = fingerprint(war);
        if (running != null && running.fingerprint().equals(fingerprint) && answers(running.server())) {
            return running;
        }
        stopShared();
        Path work = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
        Path file = work.resolve("wars").resolve(fingerprint.substring(0, 16) + ".war");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        boots++;
        Path log = work.resolve("payara-" + boots + "-" + testClass.getSimpleName() + ".log");
        PayaraMicroServer server = PayaraMicroServer.start(file, FreePorts.find(), PlatformStack.platformConfig(),
                log, true, JVM_OPTIONS);
        running = new Running(fingerprint, server);
        return running;
    }

    /** Stops the shared platform, if one runs; the next class that needs it boots it again. */
    public static synchronized void stopShared() {
        if (running != null) {
            running.server().stop();
            running = null;
        }
    }

    private static WebArchive warOf(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PlatformWar.class)) {
                    if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
                        throw new IllegalStateException("@PlatformWar " + method + " must be static and take nothing");
                    }
                    try {
                        method.setAccessible(true);
                        return (WebArchive) method.invoke(null);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot build the WAR of " + testClass.getName(), e);
                    }
                }
            }
        }
        throw new IllegalStateException(testClass.getName() + " has no static @PlatformWar method");
    }

    /** The WAR's content, entry by entry: two WARs with equal fingerprints deploy the same thing. */
    static String fingerprint(WebArchive war) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Node> entries = new TreeMap<>();
            for (Map.Entry<ArchivePath, Node> entry : war.getContent().entrySet()) {
                entries.put(entry.getKey().get(), entry.getValue());
            }
            byte[] buffer = new byte[64 * 1024];
            for (Map.Entry<String, Node> entry : entries.entrySet()) {
                digest.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (entry.getValue().getAsset() == null) {
                    continue;   // a directory
                }
                try (InputStream in = entry.getValue().getAsset().openStream()) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A platform a test class before may have left unwell (or stopped) is booted afresh. */
    private static boolean answers(PayaraMicroServer server) {
        if (!server.isRunning()) {
            return false;
        }
        try {
            HttpResponse<Void> ready = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(server.url() + "/health/ready"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            return ready.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
