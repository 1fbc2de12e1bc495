package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * The platform WAR on Payara Micro in its own JVM: for the local run (so the quick start needs
 * nothing but Maven and a JDK) and for the integration tests, which boot one per distinct WAR.
 */
public final class PayaraMicroServer extends LocalServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /**
     * How long a booted platform may stay not ready before we give up: it turns ready within
     * seconds on an idle machine, but a suite sharing two cores with other builds has seen 40 s.
     */
    private static final Duration READINESS_GRACE = Duration.ofSeconds(90);
    private static final String BOOTED = ") ready in ";
    /** What the platform's start-up check logs before it fails the deployment (core's {@code StartupCheck}). */
    private static final String REFUSED = "Refusing to start in ";

    private PayaraMicroServer(int port, ChildProcess process) {
        super(port, process);
    }

    /**
     * Deploys {@code war} at the root context and waits for MicroProfile Health readiness.
     * Configuration goes in as system properties, which MicroProfile Config reads like env vars,
     * through a file next to the log (see {@link #writeSettings}).
     */
    public static PayaraMicroServer start(Path war, int port, Map<String, String> systemProperties,
                                          Path logFile, boolean echoToConsole) {
        return start(war, port, systemProperties, logFile, echoToConsole, List.of());
    }

    /** As {@link #start(Path, int, Map, Path, boolean)}, with options for the JVM (heap, collector). */
    public static PayaraMicroServer start(Path war, int port, Map<String, String> systemProperties,
                                          Path logFile, boolean echoToConsole, List<String> jvmOptions) {
        return start(war, port, systemProperties, logFile, echoToConsole, jvmOptions, null);
    }

    /**
     * As {@link #start(Path, int, Map, Path, boolean, List)}, as one node of a cluster: the node
     * joins the data grid {@code grid} describes instead of running alone ({@code --nocluster}).
     */
    public static PayaraMicroServer start(Path war, int port, Map<String, String> systemProperties,
                                          Path logFile, boolean echoToConsole, List<String> jvmOptions,
                                          GridMember grid) {
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("WAR " + war + " not found; run mvn -DskipTests install first");
        }
        Path workDir = logFile.toAbsolutePath().getParent();
        Map<String, String> properties = new java.util.LinkedHashMap<>(systemProperties);
        if (grid != null) {
            properties.put("PLATFORM_NODE_NAME", grid.nodeName());
        }
        Path settings = writeSettings(properties,
                workDir.resolve(logFile.getFileName().toString().replaceFirst("\\.log$", "") + "-settings.properties"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", DevstackPaths.payaraMicroJar().toString(),
                "--systemProperties", settings.toString(),
                "--addLibs", DevstackPaths.jdbcDriverJar().toString(),
                "--prebootcommandfile", DevstackPaths.payaraPreBootCommands().toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port),
                "--nohostaware"));
        command.addAll(grid == null ? List.of("--nocluster") : grid.payaraOptions());
        ChildProcess process = ChildProcess.start("payara", command, Map.of(), workDir, logFile, echoToConsole);
        PayaraMicroServer server = new PayaraMicroServer(port, process);
        try {
            HttpProbe.awaitOk(server.url() + "/health/ready", START_TIMEOUT, process, bootedButNotReady(process));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * Values such as the mail sender's name are Chinese. A {@code -D} argument reaches the JVM in
     * the locale's encoding (lost as '?' under a C/POSIX locale), and Payara Micro reads a
     * {@code --systemProperties} file in the default charset; {@link Properties#store} writes
     * plain ASCII with backslash-u escapes, which no charset can garble. Public for the
     * Arquillian test stack, which hands Payara Micro such a file too.
     */
    public static Path writeSettings(Map<String, String> systemProperties, Path file) {
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "platform settings for this run, written by the devstack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * Payara Micro stays up when the WAR fails to deploy; waiting the full timeout for readiness
     * would only delay the error, so give the application a grace period after the boot message,
     * and none once the platform has said it refuses its settings.
     */
    private static BooleanSupplier bootedButNotReady(ChildProcess process) {
        Instant[] bootedAt = new Instant[1];
        return () -> {
            if (process.logContains(REFUSED)) {
                return true;
            }
            if (bootedAt[0] == null && process.logContains(BOOTED)) {
                bootedAt[0] = Instant.now();
            }
            return bootedAt[0] != null && Instant.now().isAfter(bootedAt[0].plus(READINESS_GRACE));
        };
    }

    @Override
    public String toString() {
        return "Payara Micro on " + url();
    }
}
