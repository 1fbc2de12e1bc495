package org.dealerplatform.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF with the Chinese font embedded (as a subset), so the PDF shows the same on a
 * machine without Chinese fonts. Images must be data URIs: nothing is fetched from the network.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    /** The document {@code xhtml} (well-formed XHTML, family {@link ReportFonts#FAMILY}) as PDF bytes. */
    public static byte[] render(String xhtml) {
        // openhtmltopdf's file-based useFont reads a single TrueType font, not a collection; so the
        // face is taken out of the .ttc with FontBox and handed over as a PDFont of our document.
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withHtmlContent(xhtml, null)
                    // Only data URIs resolve: a report never makes the server fetch a URL (no SSRF, no waiting).
                    .useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null)
                    .toStream(out);
            if (ReportFonts.WQY_MICROHEI.isFile()) {
                try (TrueTypeCollection collection = new TrueTypeCollection(ReportFonts.WQY_MICROHEI)) {
                    TrueTypeFont face = collection.getFontByName(ReportFonts.WQY_FACE);
                    PDType0Font font = PDType0Font.load(document, face, true);
                    builder.useFont(new PDFontSupplier(font), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
                    // no bold face in the collection: bold text uses the regular face, not a Latin fallback
                    builder.useFont(new PDFontSupplier(font), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
                    builder.run();
                }
            } else {
                builder.run();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
