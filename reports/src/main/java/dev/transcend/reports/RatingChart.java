package dev.transcend.reports;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.EloBound;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.chart.ChartStyle;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rating-vs-temperature chart, after the transcendence paper's Figure 1 (Zhang et al., 2024): temperature on a
 * log axis; per (model, cap, protocol) a line of sequential Glicko-2 ratings with a shaded 95% band (rating +/- 1.96
 * RD), the cap as a dashed line in the same colour, and the maximum-likelihood Elo as diamonds with 95% whiskers
 * (triangles for one-sided bounds: up = "at least", 100% score; down = "at most", 0% score). The Elo markers of the
 * i-th series (0-based) sit {@link #ELO_OFFSET}^(i+1) times to the right of their temperature so that they hide
 * neither the Glicko-2 points nor each other. A temperature of
 * 0 (argmax) has no place on a log axis; such rows are left out and the subtitle says so. Rendered headless.
 */
public final class RatingChart {

    /** File name of the chart inside the report folder. */
    public static final String FILE_NAME = "rating_vs_temperature.png";
    /** Image width, pixels. */
    public static final int WIDTH = 1200;
    /** Image height, pixels. */
    public static final int HEIGHT = 750;
    /** Horizontal offset factor of the Elo markers on the log axis, per series. */
    static final double ELO_OFFSET = 1.07;

    private static final Font TITLE = ChartStyle.TITLE;
    private static final Font SUBTITLE = ChartStyle.SUBTITLE;
    private static final Font LABEL = ChartStyle.LABEL;
    private static final Font TICK = ChartStyle.TICK;
    private static final Font SMALL = ChartStyle.SMALL;
    private static final Color EXPERT_GREY = ChartStyle.REFERENCE_GREY;
    private static final BasicStroke DOTTED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 4f}, 0f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f);

    private RatingChart() {
    }

    /**
     * Draws the chart and writes it as a {@link #WIDTH} x {@link #HEIGHT} PNG, atomically.
     *
     * @param ratings the rows of {@code ratings.csv}, any order
     * @param png the file to create or replace
     * @throws IOException if the file cannot be written
     */
    public static void write(List<RatingRow> ratings, Path png) throws IOException {
        write(ratings, List.of(), false, png);
    }

    /**
     * Draws the chart with reference lines and writes it as a {@link #WIDTH} x {@link #HEIGHT} PNG, atomically.
     *
     * @param ratings the rows of {@code ratings.csv}, any order
     * @param lines horizontal reference lines: each expert's rating and the base policy's
     * @param assumed whether the ratings rest on assumptions rather than a ladder (the subtitle then says so)
     * @param png the file to create or replace
     * @throws IOException if the file cannot be written
     */
    public static void write(List<RatingRow> ratings, List<Line> lines, boolean assumed, Path png)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = chart(ratings, lines, assumed);
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    /** @return the chart of {@code ratings} */
    static JFreeChart chart(List<RatingRow> ratings) {
        return chart(ratings, List.of(), false);
    }

    /**
     * A labelled horizontal line: an expert's or the base policy's rating.
     *
     * @param label e.g. {@code expert-3 1210}
     * @param rating Elo on the chart's scale
     * @param base whether this is the base policy (solid black) rather than an expert (dotted grey)
     */
    public record Line(String label, double rating, boolean base) {
    }

    /** @return the chart of {@code ratings} with reference {@code lines}; the subtitle says when ratings are assumed */
    static JFreeChart chart(List<RatingRow> ratings, List<Line> lines, boolean assumed) {
        List<RatingRow> drawn = ratings.stream().filter(r -> r.group().temperature() > 0).sorted(
                (a, b) -> a.group().compareTo(b.group())).toList();
        List<RatingGroup.Series> series = drawn.stream().map(r -> r.group().series()).distinct().sorted().toList();
        Map<RatingGroup.Series, String> labels = SeriesLabels.of(series);

        YIntervalSeriesCollection glicko = new YIntervalSeriesCollection();
        YIntervalSeriesCollection elo = new YIntervalSeriesCollection();
        XYSeriesCollection lower = new XYSeriesCollection();
        XYSeriesCollection upper = new XYSeriesCollection();
        for (RatingGroup.Series s : series) {
            glicko.addSeries(new YIntervalSeries(labels.get(s)));
            elo.addSeries(new YIntervalSeries("elo " + labels.get(s)));
            lower.addSeries(new XYSeries("lower " + labels.get(s)));
            upper.addSeries(new XYSeries("upper " + labels.get(s)));
        }
        ValueRange yRange = new ValueRange();
        for (RatingRow row : drawn) {
            int i = series.indexOf(row.group().series());
            double t = row.group().temperature();
            glicko.getSeries(i).add(t, row.glicko().rating(), row.glicko().low95(), row.glicko().high95());
            yRange.include(row.glicko().low95(), row.glicko().high95());
            EloEstimate e = row.elo();
            double tElo = t * Math.pow(ELO_OFFSET, i + 1);
            switch (e.bound()) {
                case NONE -> elo.getSeries(i).add(tElo, e.mle().getAsDouble(), e.low95().getAsDouble(),
                        e.high95().getAsDouble());
                case LOWER -> lower.getSeries(i).add(tElo, e.low95().getAsDouble());
                case UPPER -> upper.getSeries(i).add(tElo, e.high95().getAsDouble());
            }
            e.low95().ifPresent(v -> yRange.include(v, v));
            e.high95().ifPresent(v -> yRange.include(v, v));
        }

        LogAxis xAxis = new TemperatureAxis("Sampling temperature (log scale)",
                drawn.stream().map(r -> r.group().temperature()).toList());
        double tMin = drawn.stream().mapToDouble(r -> r.group().temperature()).min().orElse(0.001);
        double tMax = drawn.stream().mapToDouble(r -> r.group().temperature()).max().orElse(1);
        xAxis.setRange(tMin / 1.6, tMax * Math.pow(ELO_OFFSET, series.size()) * 1.6);
        NumberAxis yAxis = new NumberAxis("Rating (Elo scale)");
        yAxis.setAutoRangeIncludesZero(false);
        for (var axis : List.of(xAxis, yAxis)) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }

        XYPlot plot = new XYPlot(glicko, xAxis, yAxis, bandRenderer(series.size()));
        plot.setDataset(1, elo);
        plot.setRenderer(1, eloRenderer(series.size()));
        plot.setDataset(2, lower);
        plot.setRenderer(2, boundRenderer(series.size(), ShapeUtils.createUpTriangle(7f)));
        plot.setDataset(3, upper);
        plot.setRenderer(3, boundRenderer(series.size(), ShapeUtils.createDownTriangle(7f)));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setNoDataMessage("No ratings with a temperature above 0");
        for (var cap : capColours(series).entrySet()) {
            plot.addRangeMarker(capMarker(cap.getKey(), cap.getValue()), Layer.BACKGROUND);
            yRange.include(cap.getKey(), cap.getKey());
        }
        for (Line line : lines) {
            plot.addRangeMarker(referenceMarker(line), Layer.BACKGROUND);
            yRange.include(line.rating(), line.rating());
        }
        if (!yRange.isEmpty()) {
            yAxis.setRange(yRange.low() - 0.06 * yRange.span(), yRange.high() + 0.06 * yRange.span());
        }
        boolean bounds = ratings.stream().anyMatch(r -> r.elo().bound() != EloBound.NONE);
        LegendItemCollection legend = legend(series, labels, bounds);
        if (lines.stream().anyMatch(l -> !l.base())) {
            legend.add(new LegendItem("expert in the training data", null, null, null,
                    new Line2D.Double(-10, 0, 10, 0), DOTTED, EXPERT_GREY));
        }
        if (lines.stream().anyMatch(Line::base)) {
            legend.add(new LegendItem("base policy (the experts' noiseless engine)", null, null, null,
                    new Line2D.Double(-10, 0, 10, 0), new BasicStroke(2f), Color.BLACK));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart("Model rating vs. sampling temperature", TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(TICK);
        String subtitle = "Line and band: sequential Glicko-2 with 95% interval. Diamonds: maximum-likelihood Elo, "
                + "95% profile-likelihood interval. Dashed: training cap.";
        if (assumed) {
            subtitle += " Ratings are ASSUMED (no ladder): the opponents' and experts' Elo are not measured.";
        }
        long omitted = ratings.size() - drawn.size();
        if (omitted > 0) {
            subtitle += " " + omitted + " rating(s) at temperature 0 (argmax) are not drawn on the log axis.";
        }
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        return chart;
    }

    private static DeviationRenderer bandRenderer(int count) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.18f);
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesFillPaint(i, ChartStyle.color(i));
            r.setSeriesStroke(i, new BasicStroke(2.5f));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        return r;
    }

    private static XYErrorRenderer eloRenderer(int count) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        r.setCapLength(8);
        r.setErrorStroke(new BasicStroke(1.8f));
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesShape(i, ShapeUtils.createDiamond(6f));
        }
        return r;
    }

    private static XYLineAndShapeRenderer boundRenderer(int count, Shape shape) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesShape(i, shape);
        }
        return r;
    }

    /** @return one colour per distinct cap: its series' colour, or dark grey when several series share the cap */
    private static Map<Integer, Color> capColours(List<RatingGroup.Series> series) {
        Map<Integer, Color> colours = new TreeMap<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).cap().isPresent()) {
                colours.merge(series.get(i).cap().getAsInt(), ChartStyle.color(i), (a, b) -> Color.DARK_GRAY);
            }
        }
        return colours;
    }

    private static ValueMarker capMarker(int cap, Color color) {
        ValueMarker marker = new ValueMarker(cap, color, DASHED);
        marker.setLabel("cap " + cap);
        marker.setLabelFont(TICK);
        marker.setLabelPaint(color);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static ValueMarker referenceMarker(Line line) {
        Color color = line.base() ? Color.BLACK : EXPERT_GREY;
        ValueMarker marker = new ValueMarker(line.rating(), color, line.base() ? new BasicStroke(2f) : DOTTED);
        marker.setLabel(line.label());
        marker.setLabelFont(SMALL);
        marker.setLabelPaint(color);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static LegendItemCollection legend(List<RatingGroup.Series> series,
                                               Map<RatingGroup.Series, String> labels, boolean bounds) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-10, 0, 10, 0);
        for (int i = 0; i < series.size(); i++) {
            items.add(new LegendItem(labels.get(series.get(i)) + ": Glicko-2, 95% band", null, null, null, line,
                    new BasicStroke(2.5f), ChartStyle.color(i)));
        }
        Color grey = Color.DARK_GRAY;
        items.add(new LegendItem("max-likelihood Elo, 95% interval", null, null, null, ShapeUtils.createDiamond(6f),
                grey));
        if (bounds) {
            items.add(new LegendItem("one-sided 95% bound (▲ at least, ▼ at most)", null, null, null,
                    ShapeUtils.createUpTriangle(6f), grey));
        }
        items.add(new LegendItem("training cap", null, null, null, line, DASHED, grey));
        return items;
    }

    /** The smallest interval holding every value seen. */
    private static final class ValueRange {
        private double low = Double.POSITIVE_INFINITY;
        private double high = Double.NEGATIVE_INFINITY;

        void include(double from, double to) {
            low = Math.min(low, from);
            high = Math.max(high, to);
        }

        boolean isEmpty() {
            return low > high;
        }

        double low() {
            return low;
        }

        double high() {
            return high;
        }

        /** @return the width, at least 100 rating points so that a single point still gets a readable axis */
        double span() {
            return Math.max(high - low, 100);
        }
    }
}
