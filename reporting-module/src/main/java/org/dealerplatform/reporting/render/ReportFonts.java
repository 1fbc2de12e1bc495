package org.dealerplatform.reporting.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Chinese font of reports: WenQuanYi Micro Hei (Debian {@code fonts-wqy-microhei}), chosen
 * because it has TrueType outlines, which PDFBox can subset and embed (Noto CJK's CFF outlines it
 * cannot). The file is a TrueType Collection; the regular face is named below.
 */
public final class ReportFonts {

    public static final File WQY_MICROHEI = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** PostScript name of the proportional face in the collection (the other is its mono twin). */
    public static final String WQY_FACE = "WenQuanYiMicroHei";
    /** The CSS family name the PDF templates use. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private static final Font BASE = loadAwt();

    private ReportFonts() {
    }

    /** The CJK font for charts at {@code size} points; a logical sans-serif font if the file is absent. */
    public static Font awt(int style, float size) {
        return BASE.deriveFont(style, size);
    }

    /** True when the real CJK font was found (otherwise Chinese chart labels may show as boxes). */
    public static boolean cjkAvailable() {
        return !Font.SANS_SERIF.equals(BASE.getName());
    }

    private static Font loadAwt() {
        return face().orElseGet(() -> new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    private static Optional<Font> face() {
        if (!WQY_MICROHEI.isFile()) {
            return Optional.empty();
        }
        try {
            Font[] faces = Font.createFonts(WQY_MICROHEI);
            return Arrays.stream(faces).filter(f -> WQY_FACE.equals(f.getPSName())).findFirst()
                    .or(() -> Optional.of(faces[0]));
        } catch (IOException | FontFormatException e) {
            return Optional.empty();
        }
    }
}
