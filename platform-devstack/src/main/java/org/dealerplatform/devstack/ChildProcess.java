package org.dealerplatform.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A server started as a child process whose combined output goes to a log file. */
final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final Pattern FIRST_ERROR = Pattern.compile("DeploymentException|ERROR|FATAL|SEVERE.*\\S+Exception|Exception:");

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env,
                              Path workDir, Path logFile, boolean echoToConsole) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            if (!echoToConsole) {
                builder.redirectOutput(logFile.toFile());
            }
            Process process = builder.start();
            if (echoToConsole) {
                copyToLogAndConsole(name, process, logFile);
            }
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return logFile;
    }

    String logTail(int lines) {
        List<String> all = logLines();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    boolean logContains(String text) {
        return logLines().stream().anyMatch(line -> line.contains(text));
    }

    /**
     * The first errors usually name the cause, while the tail of a Java server's log is often the
     * end of a long stack trace, so both go into the message.
     */
    String failure(String what, int tailLines) {
        String state = process.isAlive() ? "still running" : "exited with " + process.exitValue();
        List<String> all = logLines();
        String firstErrors = all.stream().filter(FIRST_ERROR.asPredicate()).map(String::strip).distinct().limit(3)
                .map(line -> System.lineSeparator() + "  " + line).collect(Collectors.joining());
        String errors = firstErrors.isEmpty() ? "" : System.lineSeparator() + "First errors:" + firstErrors;
        return name + " " + what + " (" + state + ")." + errors + System.lineSeparator()
                + "Last lines of " + logFile + ":" + System.lineSeparator() + logTail(tailLines);
    }

    private List<String> logLines() {
        try {
            return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of("(log " + logFile + " unreadable: " + e.getMessage() + ")");
        }
    }

    /**
     * A thread dump of the process (through {@code jcmd} of the JDK running the build), written
     * next to the log; for a server that is up but does not answer, it shows where its threads
     * wait. Returns the dump, or why there is none.
     */
    String threadDump() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path file = logFile.resolveSibling(logFile.getFileName().toString().replaceFirst("\\.log$", "")
                + "-threads-" + System.currentTimeMillis() + ".txt");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print", "-l")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!dump.waitFor(30, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    /** Kills the whole tree at once (SIGKILL), as a crash or an operator's {@code kill -9} would. */
    void killTree() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            CompletableFuture.allOf(tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            System.err.println("devstack: " + name + " did not exit after SIGKILL: " + e);
        }
    }

    /**
     * Stops the whole tree: start scripts such as kc.sh keep the real JVM as a child, and that
     * child would outlive a signal sent to the script alone.
     */
    void destroyTree() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notAllExited) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            try {
                CompletableFuture.allOf(exits).get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                System.err.println("devstack: " + name + " did not exit: " + e);
            }
        }
    }

    private static void copyToLogAndConsole(String name, Process process, Path logFile) throws IOException {
        OutputStream log = Files.newOutputStream(logFile);
        Thread pump = new Thread(() -> {
            try (log; BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    log.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                    log.flush();
                    System.out.println("[" + name + "] " + line);
                }
            } catch (IOException ignored) {
                // the process ended or was destroyed; nothing left to copy
            }
        }, name + "-log");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
