package org.dealerplatform.survey.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG: no script, nothing to download, sharp on any screen,
 * allowed by the console's content security policy (presentation attributes, no inline styles),
 * and readable by screen readers through a title and a table next to each chart.
 */
public final class Charts {

    /** Colours that stay distinguishable for the common colour-vision deficiencies. */
    private static final String[] COLOURS = {"#0b5cad", "#e07b00", "#6b7280"};

    public record Series(String label, List<Double> values) {
    }

    private Charts() {
    }

    /** A five-axis radar, 0 at the centre, 100 at the rim; one polygon per series. */
    public static String radar(String title, List<String> axes, List<Series> series) {
        int size = 360;
        double cx = size / 2.0;
        double cy = size / 2.0 - 10;
        double r = 120;
        StringBuilder svg = open(title, size, size);
        for (int ring = 1; ring <= 5; ring++) {
            svg.append("<polygon fill=\"none\" stroke=\"#d9dee7\" points=\"")
                    .append(points(cx, cy, r * ring / 5, ring * 20.0, axes.size(), null)).append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(cx, cy, r, 100, i, axes.size());
            double[] l = point(cx, cy, r + 22, 100, i, axes.size());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dee7\"/>",
                    cx, cy, p[0], p[1]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\""
                    + " dominant-baseline=\"middle\" fill=\"#1d2330\">%s</text>", l[0], l[1], xml(axes.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            svg.append("<polygon fill=\"").append(colour).append("\" fill-opacity=\"").append(s == 0 ? "0.25" : "0.05")
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(s == 0 ? "2.5" : "1.5")
                    .append(s == 0 ? "" : "\" stroke-dasharray=\"5 3").append("\" points=\"")
                    .append(points(cx, cy, r, 100, axes.size(), series.get(s).values())).append("\"/>");
        }
        legend(svg, series, 10, size - 26);
        return svg.append("</svg>").toString();
    }

    /** Monthly lines; the value axis starts at a round number below the lowest value so changes show. */
    public static String trend(String title, List<String> months, List<Series> series) {
        int width = 640;
        int height = 260;
        int left = 40;
        int right = 12;
        int top = 12;
        int bottom = 58;
        double min = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).min().orElse(0);
        double floor = Math.max(0, Math.floor((min - 5) / 10) * 10);
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        StringBuilder svg = open(title, width, height);
        for (double v = floor; v <= 100; v += (100 - floor) / 4) {
            double y = top + plotH * (1 - (v - floor) / (100 - floor));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eef1f5\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6475\">%.0f</text>",
                    left, y, width - right, y, left - 4, y + 4, v));
        }
        int n = months.size();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            if (n <= 12 || i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                        + " fill=\"#5b6475\">%s</text>", x, height - bottom + 16, xml(months.get(i).substring(2))));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            List<Double> values = series.get(s).values();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                Double v = i < values.size() ? values.get(i) : null;
                if (v == null) {
                    pen = false;
                    continue;
                }
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                double y = top + plotH * (1 - (v - floor) / (100 - floor));
                path.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                pen = true;
                if (s == 0) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, colour));
                }
            }
            svg.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(s == 0 ? "2.5" : "1.5").append(s == 0 ? "" : "\" stroke-dasharray=\"5 3")
                    .append("\" d=\"").append(path).append("\"/>");
        }
        legend(svg, series, left, height - 20);
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, 0-100, one per row, value printed at the end. */
    public static String bars(String title, List<String> labels, List<Double> values) {
        int rowH = 26;
        int width = 640;
        int labelW = 170;
        int height = Math.max(1, labels.size()) * rowH + 8;
        StringBuilder svg = open(title, width, height);
        double plotW = width - labelW - 60;
        for (int i = 0; i < labels.size(); i++) {
            double y = 4 + i * rowH;
            Double v = values.get(i);
            double w = v == null ? 0 : plotW * Math.max(0, v) / 100;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\""
                    + " fill=\"#1d2330\">%s</text>", labelW - 8, y + 17, xml(shorten(labels.get(i)))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" rx=\"3\""
                    + " fill=\"#0b5cad\"/>", labelW, y + 4, w));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1d2330\">%s</text>",
                    labelW + w + 6, y + 17, v == null ? "–" : String.format(Locale.ROOT, "%.1f", v)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(xml(title))
                .append("\"><title>").append(xml(title)).append("</title>");
    }

    private static void legend(StringBuilder svg, List<Series> series, int x, int y) {
        int at = x;
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1d2330\">%s</text>",
                    at, y + 4, colour, at + 18, y + 9, xml(series.get(s).label())));
            at += 30 + series.get(s).label().length() * 12;
        }
    }

    private static String points(double cx, double cy, double r, double full, int axes, List<Double> values) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < axes; i++) {
            double value = values == null ? full : values.get(i) == null ? 0 : values.get(i);
            double[] p = point(cx, cy, r, value * 100 / full, i, axes);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        return points.toString().trim();
    }

    private static double[] point(double cx, double cy, double r, double value, int i, int axes) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / axes;
        double d = r * Math.max(0, Math.min(100, value)) / 100;
        return new double[] {cx + d * Math.cos(angle), cy + d * Math.sin(angle)};
    }

    private static String shorten(String label) {
        return label.length() > 14 ? label.substring(0, 13) + "…" : label;
    }

    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
