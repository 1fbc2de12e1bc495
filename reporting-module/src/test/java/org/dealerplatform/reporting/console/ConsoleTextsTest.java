package org.dealerplatform.reporting.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.exportjobs.JobStatus;
import org.dealerplatform.reporting.outbox.OutboxState;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.RunStatus;
import org.junit.jupiter.api.Test;

/** Every text the console pages ask for exists in Chinese and in English, the state labels included. */
class ConsoleTextsTest {

    static final String[] TEMPLATES = {"runs.vm", "deliveries.vm", "deliveries-shops.vm", "recipients.vm", "exports.vm"};

    @Test
    void everyFixedKeyOfThePagesExistsInBothLanguages() throws IOException {
        Pattern fixed = Pattern.compile("t\\.get\\('([a-zA-Z.]+)'");
        for (String bundle : new String[] {"i18n/reports.properties", "i18n/reports_en.properties"}) {
            Properties texts = load(bundle);
            for (String template : TEMPLATES) {
                Matcher m = fixed.matcher(read("templates/reports/" + template));
                int found = 0;
                while (m.find()) {
                    found++;
                    String key = m.group(1);
                    assertTrue(key.equals("form.errors") || texts.containsKey(key), bundle + " " + template + ": " + key);
                }
                assertTrue(found > 0, template);
            }
            for (String key : new String[] {"console.runs.title", "console.deliveries.title",
                    "console.deliveries.shops.title", "console.recipients.title", "console.exports.title"}) {
                assertTrue(texts.containsKey(key), bundle + ": " + key);
            }
        }
    }

    @Test
    void everyStateKindStatusLanguageAndProblemHasALabel() throws IOException {
        for (String bundle : new String[] {"i18n/reports.properties", "i18n/reports_en.properties"}) {
            Properties texts = load(bundle);
            for (OutboxState state : OutboxState.values()) {
                assertTrue(texts.containsKey("console.deliveries.state." + state), bundle + " " + state);
            }
            for (RunStatus status : RunStatus.values()) {
                assertTrue(texts.containsKey("console.runs.status." + status), bundle + " " + status);
            }
            for (JobStatus status : JobStatus.values()) {
                assertTrue(texts.containsKey("console.exports.status." + status), bundle + " " + status);
            }
            for (ExportKind table : ExportKind.values()) {
                assertTrue(texts.containsKey("console.exports.table." + table), bundle + " " + table);
            }
            for (String field : new String[] {"table", "format", "from", "to"}) {
                assertTrue(texts.containsKey("console.exports.error." + field), bundle + " " + field);
            }
            for (ReportKind kind : ReportKind.values()) {
                assertTrue(texts.containsKey("console.runs.kind." + kind), bundle + " " + kind);
            }
            for (String language : new String[] {"zh-CN", "en"}) {
                assertTrue(texts.containsKey("console.deliveries.language." + language), bundle + " " + language);
            }
            for (String code : new String[] {"address", "format", "language", "tooMany", "tooLong"}) {
                assertTrue(texts.containsKey("console.recipients.error." + code), bundle + " " + code);
            }
            for (String code : new String[] {"kind", "month", "future"}) {
                assertTrue(texts.containsKey("console.runs.error." + code), bundle + " " + code);
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ConsoleTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
