package org.dealerplatform.reporting.monthly;

import java.util.List;
import java.util.Locale;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Focus;

/**
 * Turns a gap into what to do: "服务价格比全国低 4.2 分：" followed by a concrete practice for that
 * dimension ({@code focus.advice.<DIMENSION>} in the bundle), so the report says what to fix, not
 * only where the shop is behind.
 */
public final class FocusWording {

    private FocusWording() {
    }

    public static List<String> sentences(List<Focus> focus, ReportTexts t) {
        return focus.stream().map(f -> sentence(f, t)).toList();
    }

    public static String sentence(Focus f, ReportTexts t) {
        String points = String.format(Locale.ROOT, "%.1f", Math.abs(f.gapToNation()));
        return t.get("focus.sentence", f.dimension().label(t.locale()), points,
                t.get("focus.advice." + f.dimension().name()));
    }
}
