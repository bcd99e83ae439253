package dev.transcend.reports;

import java.awt.Color;

/**
 * Series colours: the Okabe-Ito colour-blind-safe palette (M. Okabe and K. Ito, "Color Universal Design", 2008),
 * without its yellow, which is unreadable on white.
 */
final class Palette {

    private static final Color[] COLORS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
    };

    private Palette() {
    }

    /** @return the colour of the {@code index}-th series (0-based), repeating after seven */
    static Color color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
