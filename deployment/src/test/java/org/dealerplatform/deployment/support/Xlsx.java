package org.dealerplatform.deployment.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an XLSX file's XML parts back, through the ZIP's central directory: the streamed entries
 * the export writer makes (sizes in data descriptors) defeat {@code ZipInputStream}.
 */
public final class Xlsx {

    private Xlsx() {
    }

    /** The first sheet's XML. */
    public static String sheetXml(byte[] xlsx) {
        return read(xlsx, "xl/worksheets/sheet1.xml");
    }

    /** Every part of the file (sheets, shared strings, properties), one after the other. */
    public static String allXml(byte[] xlsx) {
        return read(xlsx, null);
    }

    private static String read(byte[] xlsx, String only) {
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, xlsx);
                StringBuilder text = new StringBuilder();
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        if (only == null || only.equals(entry.getName())) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                return text.toString();
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
