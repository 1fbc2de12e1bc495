package org.dealerplatform.deployment.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules a three-node Galera cluster (and TiDB, the other replicated database we keep in
 * reach) sets for the schema and the SQL, checked on every module's migrations and every string
 * in the Java sources, so a new table or query cannot break them unnoticed:
 * <ul>
 * <li>every table is InnoDB (Galera replicates nothing else) and has a primary key (Galera applies
 * row events by key; without one a node can diverge or crawl);</li>
 * <li>no {@code LOCK TABLES} or {@code GET_LOCK} (they lock one node only, the others never hear of
 * them), no triggers, stored procedures, functions or events (TiDB has none of them).</li>
 * </ul>
 * Row locks ({@code SELECT ... FOR UPDATE}) stay allowed: on Galera they hold on the writer node,
 * and a conflict with another node's commit comes back as a deadlock the platform retries.
 * Flyway's own migration lock is not ours: Flyway sees {@code wsrep_on} and locks its history
 * table's rows instead of calling {@code GET_LOCK}.
 */
class ReplicatedSchemaTest {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^create\\s+(?:or\\s+replace\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?`?([\\w.]+)`?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGINE = Pattern.compile("\\bengine\\s*=?\\s*`?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY_KEY = Pattern.compile("\\bprimary\\s+key\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_PRIMARY_KEY = Pattern.compile("\\bdrop\\s+primary\\s+key\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\block\\s+tables?\\b|\\bget_lock\\s*\\(|\\brelease_lock\\s*\\(|\\bis_(?:free|used)_lock\\s*\\("
                    + "|\\bcreate\\s+(?:or\\s+replace\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:aggregate\\s+)?"
                    + "(?:trigger|procedure|function|event)\\b|\\bcall\\s+\\w+\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    /** Java string literals, text blocks included. */
    private static final Pattern JAVA_STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void everyMigrationOfEveryModuleKeepsTheReplicationRules() throws IOException {
        List<Path> migrations = files("src/main/resources/db/migration", ".sql");
        assertTrue(migrations.size() >= 15, "found the modules' migrations: " + migrations);
        List<String> violations = new ArrayList<>();
        for (Path migration : migrations) {
            for (String problem : violations(Files.readString(migration))) {
                violations.add(root().relativize(migration) + ": " + problem);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noJavaSourceSendsALockOrARoutineStatement() throws IOException {
        List<Path> sources = files("src/main/java", ".java");
        assertTrue(sources.size() > 100, "found the modules' sources");
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            StringBuilder strings = new StringBuilder();
            Matcher literal = JAVA_STRING.matcher(Files.readString(source));
            while (literal.find()) {
                // joined, so a statement built from "lock " + "tables" is still seen
                strings.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
            }
            Matcher forbidden = FORBIDDEN.matcher(strings);
            while (forbidden.find()) {
                violations.add(root().relativize(source) + ": " + forbidden.group());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertEquals(List.of(), violations("""
                -- a comment that says LOCK TABLES is not a statement
                CREATE TABLE ok_a (id BIGINT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                CREATE TABLE IF NOT EXISTS ok_b (id BIGINT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
                ALTER TABLE ok_a DROP PRIMARY KEY, ADD PRIMARY KEY (id);
                SELECT id FROM ok_a WHERE id = 1 FOR UPDATE;
                """));
        assertEquals(List.of("table no_key has no primary key"),
                violations("CREATE TABLE no_key (id BIGINT NOT NULL, KEY ix (id)) ENGINE=InnoDB;"));
        assertEquals(List.of("table implicit has no ENGINE=InnoDB"),
                violations("CREATE TABLE implicit (id BIGINT PRIMARY KEY);"));
        assertEquals(List.of("table cache_t uses ENGINE=MEMORY, not InnoDB"),
                violations("create table cache_t (id int primary key) engine=MEMORY;"));
        assertEquals(List.of("ALTER TABLE t ENGINE=Aria changes the engine away from InnoDB"),
                violations("ALTER TABLE t ENGINE=Aria;"));
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY without a new one"),
                violations("ALTER TABLE t DROP PRIMARY KEY;"));
        assertEquals(5, violations("""
                LOCK TABLES shop WRITE;
                SELECT GET_LOCK('x', 10);
                CREATE DEFINER=`root`@`%` TRIGGER t BEFORE INSERT ON shop FOR EACH ROW SET NEW.id = 1;
                CREATE PROCEDURE p() SELECT 1;
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM shop;
                """).size());
    }

    /** The rule breaches of one migration script, one line each. */
    static List<String> violations(String script) {
        List<String> problems = new ArrayList<>();
        for (String statement : statements(script)) {
            Matcher forbidden = FORBIDDEN.matcher(statement);
            if (forbidden.find()) {
                problems.add("forbidden statement: " + statement);
                continue;
            }
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.find()) {
                String table = create.group(1);
                if (statement.toLowerCase(Locale.ROOT).matches("(?s).*\\)\\s*(?:engine.*)?\\bas\\s+select\\b.*|.*\\blike\\s+`?[\\w.]+`?\\s*")) {
                    problems.add("table " + table + " is created from another; declare its columns and key");
                    continue;
                }
                if (!PRIMARY_KEY.matcher(statement).find()) {
                    problems.add("table " + table + " has no primary key");
                }
                Matcher engine = ENGINE.matcher(statement);
                if (!engine.find()) {
                    problems.add("table " + table + " has no ENGINE=InnoDB");
                } else if (!engine.group(1).equalsIgnoreCase("InnoDB")) {
                    problems.add("table " + table + " uses ENGINE=" + engine.group(1) + ", not InnoDB");
                }
                continue;
            }
            if (statement.regionMatches(true, 0, "alter table", 0, "alter table".length())) {
                Matcher engine = ENGINE.matcher(statement);
                if (engine.find() && !engine.group(1).equalsIgnoreCase("InnoDB")) {
                    problems.add(statement + " changes the engine away from InnoDB");
                }
                if (DROP_PRIMARY_KEY.matcher(statement).find()
                        && !Pattern.compile("\\badd\\s+primary\\s+key\\b", Pattern.CASE_INSENSITIVE)
                                .matcher(statement).find()) {
                    problems.add(statement + " without a new one");
                }
            }
        }
        return problems;
    }

    /** Statements without comments, whitespace folded; semicolons inside quotes are rare enough in DDL to ignore. */
    private static List<String> statements(String script) {
        String code = script.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(--|#).*$", " ");
        List<String> statements = new ArrayList<>();
        for (String part : code.split(";")) {
            String statement = part.strip().replaceAll("\\s+", " ");
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    /** Files of every module of the build (the folders next to this one), below {@code under}. */
    private static List<Path> files(String under, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root())) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve(under))).sorted().toList()) {
                try (Stream<Path> files = Files.walk(module.resolve(under))) {
                    files.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }

    /** Surefire runs in the deployment module's folder; the modules are its siblings. */
    private static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
