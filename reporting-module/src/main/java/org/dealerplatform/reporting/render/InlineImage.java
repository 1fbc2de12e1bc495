package org.dealerplatform.reporting.render;

import java.util.Base64;
import java.util.Objects;

/**
 * A PNG to be attached to an email as an inline part ({@code Content-ID: <contentId>}, referenced
 * as {@code cid:contentId}). {@code width} and {@code height} are the CSS pixels the image is
 * shown at; the PNG itself has {@link ChartImages#SCALE} times as many pixels each way so it stays
 * sharp on phone screens.
 */
public record InlineImage(String contentId, byte[] png, int width, int height) {

    public InlineImage {
        Objects.requireNonNull(contentId, "contentId");
        if (!contentId.matches("[A-Za-z0-9.\\-_]+@[A-Za-z0-9.\\-]+")) {
            throw new IllegalArgumentException("content id must look like local@domain: " + contentId);
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** For the PDF, which has no MIME parts: the same PNG inline as a data URI. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
