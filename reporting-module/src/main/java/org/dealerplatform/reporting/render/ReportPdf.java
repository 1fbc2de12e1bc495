package org.dealerplatform.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF with the Chinese font embedded (as a subset), so the PDF shows the same on a
 * machine without Chinese fonts. Images must be data URIs: nothing is fetched from the network.
 */
public final class ReportPdf {

    /**
     * Parsed faces not in use. Parsing the 5 MB collection (tables, the cmap of some 30,000
     * glyphs) cost more than laying out the whole report, so a face is parsed once and reused.
     * FontBox's {@link TrueTypeFont} reads its tables lazily from one shared stream without any
     * locking, so a face serves one document at a time: a rendering takes one from here (or parses
     * a new one when all are busy) and puts it back when its document is saved. There are never
     * more faces than renderings that ran at the same time (the worker threads). The
     * {@link PDType0Font} made from it belongs to one document and is never reused.
     */
    private static final ConcurrentLinkedQueue<ParsedFace> IDLE = new ConcurrentLinkedQueue<>();

    private ReportPdf() {
    }

    /** The document {@code xhtml} (well-formed XHTML, family {@link ReportFonts#FAMILY}) as PDF bytes. */
    public static byte[] render(String xhtml) {
        // openhtmltopdf's file-based useFont reads a single TrueType font, not a collection; so the
        // face is taken out of the .ttc with FontBox and handed over as a PDFont of our document.
        ParsedFace face = ReportFonts.WQY_MICROHEI.isFile() ? borrow() : null;
        boolean reusable = false;
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withHtmlContent(xhtml, null)
                    // Only data URIs resolve: a report never makes the server fetch a URL (no SSRF, no waiting).
                    .useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null)
                    .toStream(out);
            if (face != null) {
                // subset: only the glyphs the report uses are embedded (written when the document is saved)
                PDType0Font font = PDType0Font.load(document, face.font(), true);
                builder.useFont(new PDFontSupplier(font), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
                // no bold face in the collection: bold text uses the regular face, not a Latin fallback
                builder.useFont(new PDFontSupplier(font), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
            }
            builder.run();
            reusable = true;
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (face != null) {
                giveBack(face, reusable);
            }
        }
    }

    private static ParsedFace borrow() {
        ParsedFace idle = IDLE.poll();
        return idle != null ? idle : ParsedFace.parse();
    }

    /** A face whose document failed is dropped, not reused: nobody knows what state the failure left. */
    private static void giveBack(ParsedFace face, boolean reusable) {
        if (reusable) {
            IDLE.offer(face);
        } else {
            face.close();
        }
    }

    /** The regular face out of the collection; the collection stays open because the face reads from it. */
    private record ParsedFace(TrueTypeCollection collection, TrueTypeFont font) {

        static ParsedFace parse() {
            try {
                TrueTypeCollection collection = new TrueTypeCollection(ReportFonts.WQY_MICROHEI);
                try {
                    TrueTypeFont face = collection.getFontByName(ReportFonts.WQY_FACE);
                    if (face == null) {
                        throw new IOException(ReportFonts.WQY_FACE + " not in " + ReportFonts.WQY_MICROHEI);
                    }
                    return new ParsedFace(collection, face);
                } catch (IOException | RuntimeException e) {
                    collection.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                collection.close();
            } catch (IOException e) {
                // nothing to do: the face is dropped either way
            }
        }
    }
}
