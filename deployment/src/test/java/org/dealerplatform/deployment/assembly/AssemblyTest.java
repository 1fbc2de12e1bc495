package org.dealerplatform.deployment.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks on how the WAR is put together that no container is needed for:
 * <ul>
 * <li>every {@code @Entity} of every module on the classpath is listed in persistence.xml (a unit
 * rooted in WEB-INF/classes does not scan module jars, so a forgotten line would only show as a
 * runtime "not a known entity type");</li>
 * <li>no module's text bundle redefines a core key, and each bundle has the same keys in Chinese
 * and English (texts are looked up per module, core first).</li>
 * </ul>
 */
class AssemblyTest {

    private static final Pattern LISTED = Pattern.compile("<class>([^<]+)</class>");

    @Test
    void everyEntityOfEveryModuleIsInThePersistenceUnit() throws IOException {
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        Set<String> listed = new TreeSet<>();
        Matcher m = LISTED.matcher(unit);
        while (m.find()) {
            listed.add(m.group(1).strip());
        }
        Set<String> entities = new TreeSet<>();
        for (String name : platformClasses()) {
            try {
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    entities.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // classes that need the container to load are no entities
            }
        }
        assertTrue(entities.size() >= 15, "the scan found the modules' entities: " + entities);
        Set<String> missing = new TreeSet<>(entities);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "entities missing from persistence.xml");
        assertTrue(entities.contains("org.dealerplatform.competition.season.Season"));
    }

    @Test
    void noModuleBundleShadowsACoreKeyAndBothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> core = keys("i18n/core.properties");
        assertTrue(core.size() > 10);
        assertEquals(core, keys("i18n/core_en.properties"), "core zh/en");
        for (String module : List.of("tenants", "surveys", "competitions", "reports", "alerts")) {
            Set<String> zh = keys("i18n/" + module + ".properties");
            Set<String> en = keys("i18n/" + module + "_en.properties");
            assertEquals(zh, en, module + ": the same keys in both languages");
            Set<String> shadowing = new HashSet<>(zh);
            shadowing.retainAll(core);
            assertEquals(Set.of(), shadowing, module + " redefines core keys");
        }
    }

    private Set<String> keys(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    /** Class names under org/dealerplatform in the module jars and class folders on the test classpath. */
    private static List<String> platformClasses() {
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!path.toString().contains("dealerplatform") && !path.getFileName().toString().matches(
                    "(platform-core|tenant-module|survey-module|competition-module|reporting-module|alerts-module).*\\.jar")
                    && !Files.isDirectory(path)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.map(p -> path.relativize(p).toString()).filter(AssemblyTest::platformClass)
                            .forEach(n -> names.add(className(n)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(AssemblyTest::platformClass)
                            .forEach(n -> names.add(className(n)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return names;
    }

    private static boolean platformClass(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("org/dealerplatform/") && n.endsWith(".class") && !n.contains("$")
                && !n.startsWith("org/dealerplatform/deployment/") && !n.startsWith("org/dealerplatform/devstack/");
    }

    private static String className(String file) {
        return file.replace('\\', '/').replace('/', '.').substring(0, file.length() - ".class".length());
    }
}
