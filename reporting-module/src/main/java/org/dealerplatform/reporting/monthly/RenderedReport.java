package org.dealerplatform.reporting.monthly;

import java.util.List;
import org.dealerplatform.reporting.render.InlineImage;

/**
 * One recipient's report, ready to send: a multipart/alternative of {@code text} and {@code html},
 * the {@code images} as inline parts of a multipart/related around the HTML (each with its
 * Content-ID), the {@code pdf} as an attachment, and the {@code subject} (one line).
 */
public record RenderedReport(String subject, String html, String text, List<InlineImage> images, byte[] pdf) {

    public RenderedReport {
        images = List.copyOf(images);
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
