package org.dealerplatform.reporting.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.internal.chartpart.Chart;

/** Paints an XChart chart into a PNG at twice its CSS size, without a display. */
public final class ChartImages {

    /** Pixels per CSS pixel: phones have 2x and 3x screens; 2x keeps text sharp and the email small. */
    public static final int SCALE = 2;

    static {
        // Servers have no display; AWT must not try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartImages() {
    }

    /** The chart painted at its own width × height in CSS pixels, as a PNG of SCALE times that. */
    public static InlineImage png(String contentId, Chart<?, ?> chart) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // ImageIO.write to a plain stream buffers through a temporary file on disk by default
        // (ImageIO.getUseCache); a chart of some 30 KB is better buffered in memory
        try (ImageOutputStream memory = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", memory)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InlineImage(contentId, out.toByteArray(), width, height);
    }
}
