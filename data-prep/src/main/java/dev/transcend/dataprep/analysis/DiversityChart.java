package dev.transcend.dataprep.analysis;

import dev.transcend.core.chart.ChartStyle;
import dev.transcend.core.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@value #FILE_NAME}: mean normalized entropy per cap (circles joined by a line, 95% bootstrap whiskers, each
 * labelled with its value and number of common positions) and the paper's 0.70 / 0.66 / 0.64 at caps 1000 / 1300 /
 * 1500 (grey squares, dashed), on a 0..1 axis. {@value #WIDTH} x {@value #HEIGHT} pixels, headless, core's
 * {@link ChartStyle}.
 */
public final class DiversityChart {

    public static final String FILE_NAME = "diversity.png";
    static final int WIDTH = 1000;
    static final int HEIGHT = 650;

    private DiversityChart() {
    }

    /** Draws the chart of {@code result} into {@code png}, atomically. */
    static void write(DiversityResult result, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = chart(result);
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    static JFreeChart chart(DiversityResult result) {
        List<CapDiversity> caps = result.counts().caps();
        YIntervalSeries measured = new YIntervalSeries("this data: mean over common positions, 95% bootstrap");
        XYSeries paper = new XYSeries("Zhang et al. 2024 (500k Lichess games per cap)");
        for (int cap : DiversityAnalysis.PAPER.keySet().stream().sorted().toList()) {
            paper.add(cap, DiversityAnalysis.PAPER.get(cap));
        }
        XYPlot plot = new XYPlot();
        for (CapDiversity c : caps) {
            if (c.meanEntropy() != null) {
                double low = c.low95() == null ? c.meanEntropy() : c.low95();
                double high = c.high95() == null ? c.meanEntropy() : c.high95();
                measured.add(c.cap(), c.meanEntropy(), low, high);
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "  %.3f (%,d positions)",
                        c.meanEntropy(), c.commonPositions()), c.cap(), c.meanEntropy() + 0.012);
                label.setFont(ChartStyle.SMALL);
                label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(label);
            }
        }
        int low = Math.min(caps.get(0).cap(), 1000);
        int high = Math.max(caps.get(caps.size() - 1).cap(), 1500);
        NumberAxis x = new NumberAxis("Rating cap C (games with max(WhiteElo, BlackElo) <= C)");
        x.setRange(low - 0.15 * (high - low + 200), high + 0.35 * (high - low + 200));
        NumberAxis y = new NumberAxis("Mean normalized entropy of the move choice");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        y.setRange(0, 1);
        y.setTickUnit(new NumberTickUnit(0.1));
        for (NumberAxis axis : List.of(x, y)) {
            axis.setLabelFont(ChartStyle.LABEL);
            axis.setTickLabelFont(ChartStyle.TICK);
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setDefaultLinesVisible(true);
        errors.setCapLength(10);
        errors.setErrorStroke(new BasicStroke(1.8f));
        errors.setSeriesPaint(0, ChartStyle.color(0));
        errors.setSeriesStroke(0, new BasicStroke(2.5f));
        errors.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(0, new YIntervalSeriesCollection() {
            {
                addSeries(measured);
            }
        });
        plot.setRenderer(0, errors);
        XYLineAndShapeRenderer reference = new XYLineAndShapeRenderer(true, true);
        reference.setSeriesPaint(0, ChartStyle.REFERENCE_GREY);
        reference.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
        reference.setSeriesShape(0, ShapeUtils.createDiamond(6f));
        plot.setDataset(1, new XYSeriesCollection(paper));
        plot.setRenderer(1, reference);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);

        JFreeChart chart = new JFreeChart("Move-choice diversity in common opening positions", ChartStyle.TITLE, plot,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(ChartStyle.TICK);
        DiversitySettings s = result.settings();
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Positions in the first %d plies seen at least %d "
                + "times (key: %s); entropy of the moves played there / log2(distinct moves); unweighted mean.",
                s.plies(), s.minCount(), s.key().id()), ChartStyle.SUBTITLE));
        return chart;
    }
}
