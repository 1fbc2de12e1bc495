package org.dealerplatform.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the first sheet of a small XLSX back, straight from its XML, independent of the writer. */
final class XlsxCells {

    /** One cell as stored: its type attribute (null when absent), style index and text. */
    record Cell(String type, String style, String text) {
    }

    static Map<String, Cell> read(byte[] xlsx) throws Exception {
        Element sheet = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entry(xlsx, "xl/worksheets/sheet1.xml"))).getDocumentElement();
        Map<String, Cell> cells = new LinkedHashMap<>();
        NodeList list = sheet.getElementsByTagNameNS("*", "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String type = c.hasAttribute("t") ? c.getAttribute("t") : null;
            String style = c.hasAttribute("s") ? c.getAttribute("s") : null;
            NodeList v = c.getElementsByTagNameNS("*", "v");
            NodeList t = c.getElementsByTagNameNS("*", "t");
            String text = v.getLength() > 0 ? v.item(0).getTextContent()
                    : t.getLength() > 0 ? t.item(0).getTextContent() : null;
            cells.put(c.getAttribute("r"), new Cell(type, style, text));
        }
        return cells;
    }

    /**
     * Through the central directory, as Excel reads it: the streaming ZipInputStream trips over
     * the data descriptors a streaming writer has to use.
     */
    static byte[] entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                if (entry == null) {
                    throw new IOException(name + " not in the file");
                }
                try (InputStream in = archive.getInputStream(entry)) {
                    return in.readAllBytes();
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    private XlsxCells() {
    }
}
