package dev.transcend.core.chart;

import java.awt.Color;
import java.awt.Font;

/**
 * The look every transcend chart shares (the report's rating chart, the dataset and diversity charts): series colours
 * from the Okabe-Ito colour-blind-safe palette (M. Okabe and K. Ito, "Color Universal Design", 2008) without its
 * yellow, which is unreadable on white, and one set of fonts and greys. Plain AWT, so core needs no chart library;
 * the modules that draw (reports, data-prep) bring JFreeChart.
 */
public final class ChartStyle {

    /** Chart title. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    /** Subtitle: what the marks mean. */
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    /** Axis labels. */
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    /** Tick labels and legend items. */
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    /** Marker labels. */
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Grid lines. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Reference lines (experts, published values). */
    public static final Color REFERENCE_GREY = new Color(0x555555);

    private static final Color[] COLORS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
    };

    private ChartStyle() {
    }

    /** @return the colour of the {@code index}-th series (0-based), repeating after seven */
    public static Color color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
