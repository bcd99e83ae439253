package dev.transcend.reports;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic temperature axis whose ticks sit at the temperatures actually played (0.001, 0.01, 0.1, 0.3, ...)
 * rather than at JFreeChart's automatic log ticks, which fall between them (0.0016, 0.0025, ...). A label that would
 * crowd its left neighbour is dropped; its grid line stays.
 */
final class TemperatureAxis extends LogAxis {

    /** Minimum blank space between two tick labels, pixels. */
    private static final double LABEL_PADDING = 8;

    private final List<Double> temperatures;

    /**
     * @param label the axis label
     * @param temperatures the temperatures to mark, all &gt; 0
     */
    TemperatureAxis(String label, List<Double> temperatures) {
        super(label);
        this.temperatures = temperatures.stream().sorted().distinct().toList();
    }

    @Override
    protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        List<ValueTick> ticks = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double t : temperatures) {
            String text = CellFormat.temperature(t);
            double halfWidth = metrics.stringWidth(text) / 2.0;
            double x = valueToJava2D(t, dataArea, edge);
            boolean labelled = x - halfWidth >= lastRight + LABEL_PADDING;
            if (labelled) {
                lastRight = x + halfWidth;
            }
            ticks.add(new NumberTick(TickType.MAJOR, t, labelled ? text : "", TextAnchor.TOP_CENTER,
                    TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }
}
