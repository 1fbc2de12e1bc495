package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroServerTest {

    @Test
    void settingsFileIsPlainAsciiAndGivesBackChineseValuesAndUrls(@TempDir Path dir) throws IOException {
        Map<String, String> settings = Map.of("MAIL_FROM_NAME", "服务质量报告",
                "DB_URL", "jdbc:mysql://localhost:3306/platform?useSSL=false&a=b");
        Path file = PayaraMicroServer.writeSettings(settings, dir.resolve("logs/payara-settings.properties"));

        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertTrue(b >= 0, "only ASCII, whatever charset Payara Micro reads it with");
        }
        Properties read = new Properties();
        // Payara Micro reads the file with a FileReader; US-ASCII stands for the worst default charset
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            read.load(in);
        }
        assertEquals(settings.keySet(), read.stringPropertyNames());
        settings.forEach((key, value) -> assertEquals(value, read.getProperty(key)));
    }
}
