package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaHomesTest {

    @TempDir
    Path jvmRoot;

    @Test
    void picksTheNewestJdkOfAtLeastTheMinimumWhenTheRunningOneIsTooOld() throws IOException {
        Path running = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("java-1.8.0-openjdk-amd64", "1.8.0_402");
        fakeJdk("temurin-21-jdk-amd64", "21.0.7");
        Path newest = fakeJdk("temurin-25-jdk-amd64", "25.0.3");
        Files.createDirectories(jvmRoot.resolve("not-a-jdk"));

        assertEquals(newest, new JavaHomes(null, running, jvmRoot).find(21));
    }

    @Test
    void prefersTheRunningJvmWhenItIsNewEnough() throws IOException {
        Path running = fakeJdk("temurin-21-jdk-amd64", "21.0.7");
        fakeJdk("temurin-25-jdk-amd64", "25.0.3");

        assertEquals(running, new JavaHomes(null, running, jvmRoot).find(21));
    }

    @Test
    void theConfiguredHomeWins() throws IOException {
        Path configured = fakeJdk("custom", "22");
        Path running = fakeJdk("temurin-25-jdk-amd64", "25.0.3");

        assertEquals(configured, new JavaHomes(configured.toString(), running, jvmRoot).find(21));
    }

    @Test
    void explainsWhatToDoWhenNoJdkIsNewEnough() throws IOException {
        Path running = fakeJdk("java-17-openjdk-amd64", "17.0.15");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JavaHomes("", running, jvmRoot).find(21));
        assertTrue(e.getMessage().contains("Keycloak 26 needs Java 21+"), e.getMessage());
        assertTrue(e.getMessage().contains("KEYCLOAK_JAVA_HOME"), e.getMessage());
    }

    @Test
    void readsOldAndNewVersionSchemes() throws IOException {
        assertEquals(Optional.of(8), JavaHomes.majorVersion(fakeJdk("eight", "1.8.0_402")));
        assertEquals(Optional.of(25), JavaHomes.majorVersion(fakeJdk("twentyfive", "25")));
        assertEquals(Optional.empty(), JavaHomes.majorVersion(jvmRoot.resolve("missing")));
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = jvmRoot.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
