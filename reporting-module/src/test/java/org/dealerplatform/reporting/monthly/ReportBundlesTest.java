package org.dealerplatform.reporting.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

class ReportBundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("i18n/reports.properties"), keys("i18n/reports_en.properties"));
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
        Set<String> keys = keys("i18n/reports.properties");
        for (Dimension d : Dimension.values()) {
            assertTrue(keys.contains("focus.advice." + d.name()), d.name());
        }
        Pattern used = Pattern.compile("t\\.get\\(\"([a-zA-Z.]+)\"");
        for (String template : new String[] {ShopReportRenderer.EMAIL_HTML, ShopReportRenderer.EMAIL_TEXT,
                ShopReportRenderer.PDF_XHTML}) {
            Matcher m = used.matcher(read(template));
            int found = 0;
            while (m.find()) {
                found++;
                assertTrue(keys.contains(m.group(1)), template + ": " + m.group(1));
            }
            assertTrue(found > 10, template);
        }
    }

    @Test
    void noSingleQuotesThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : new String[] {"i18n/reports.properties", "i18n/reports_en.properties"}) {
            assertFalse(read(bundle).lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.contains("'")), bundle);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        return ReportBundlesTest.class.getClassLoader().getResourceAsStream(name);
    }
}
