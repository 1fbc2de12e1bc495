package org.dealerplatform.deployment.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A PDF's text as poppler's pdftotext reads it (what a reader's viewer extracts). */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), text);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
