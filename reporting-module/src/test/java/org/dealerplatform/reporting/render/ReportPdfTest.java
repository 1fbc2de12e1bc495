package org.dealerplatform.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    /** A 1×1 red PNG. */
    private static final String PIXEL = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private static final String XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
            @page { size: A4; } body { font-family: 'WenQuanYi Micro Hei'; }
            </style></head><body><h1>华星丰田4S店</h1><p>本月总分 80.0 分 ±11.3</p>
            <p>&lt;script&gt;</p><img src="%s" width="20" height="20" /></body></html>""".formatted(PIXEL);

    @Test
    void pdfHasTheChineseTextTheImageAndTheFontEmbedded() throws IOException {
        assumeTrue(ReportFonts.cjkAvailable(), "fonts-wqy-microhei not installed");
        byte[] pdf = ReportPdf.render(XHTML);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("华星丰田4S店"), text);
            assertTrue(text.contains("80.0"));
            assertTrue(text.contains("<script>"), "escaped markup prints as text");
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("WenQuanYiMicroHei"), font.getName());
            }
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertEquals(1, images);
        }
    }

    /**
     * The parsed font is reused between documents but must never serve two at once: documents
     * rendered on several threads at the same time each get the text they were given, with a
     * subset font (a six-letter tag before the name) holding only their own glyphs.
     */
    @Test
    void documentsRenderedAtTheSameTimeKeepTheirOwnTextAndSubset() throws Exception {
        assumeTrue(ReportFonts.cjkAvailable(), "fonts-wqy-microhei not installed");
        String[] shops = {"华星丰田4S店", "广汇大众4S店", "永达宝马4S店", "中升奔驰4S店"};
        ExecutorService pool = Executors.newFixedThreadPool(shops.length);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String shop : shops) {
                    pdfs.add(pool.submit(() -> ReportPdf.render(XHTML.replace("华星丰田4S店", shop))));
                }
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String shop = shops[i % shops.length];
                try (PDDocument doc = Loader.loadPDF(pdfs.get(i).get())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertTrue(text.contains(shop) && text.contains("80.0"), text);
                    for (String other : shops) {
                        assertTrue(other.equals(shop) || !text.contains(other), text);
                    }
                    PDPage page = doc.getPage(0);
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName());
                        assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei.*"), font.getName());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
