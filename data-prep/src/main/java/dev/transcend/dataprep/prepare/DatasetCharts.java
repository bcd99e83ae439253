package dev.transcend.dataprep.prepare;

import dev.transcend.core.chart.ChartStyle;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset folder's charts, drawn headless with JFreeChart in core's {@link ChartStyle}: {@value #LENGTHS_PNG}
 * (games per {@value DatasetStatistics#LENGTH_BIN}-ply length bin), {@value #BANDS_PNG} (games per rating band,
 * stacked by speed class) and {@value #RESULTS_PNG} (result shares per split). Each {@value #WIDTH} x
 * {@value #HEIGHT} pixels, written atomically.
 */
final class DatasetCharts {

    static final String LENGTHS_PNG = "game_lengths.png";
    static final String BANDS_PNG = "games_by_band_speed.png";
    static final String RESULTS_PNG = "results.png";
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    private DatasetCharts() {
    }

    /** @return the names of the charts written into {@code dir} */
    static List<String> write(DatasetStatistics stats, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        save(lengths(stats), dir.resolve(LENGTHS_PNG));
        save(bands(stats), dir.resolve(BANDS_PNG));
        save(results(stats), dir.resolve(RESULTS_PNG));
        return List.of(LENGTHS_PNG, BANDS_PNG, RESULTS_PNG);
    }

    static JFreeChart lengths(DatasetStatistics stats) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<Integer, Long> bin : stats.gamesByLength().entrySet()) {
            data.addValue(bin.getValue(), "games", bin.getKey() + "-" + (bin.getKey() + DatasetStatistics.LENGTH_BIN
                    - 1));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        return chart("Game length", "Plies (bins of " + DatasetStatistics.LENGTH_BIN + ")", "Games", data, renderer,
                "Kept games, train and validation together.", true);
    }

    static JFreeChart bands(DatasetStatistics stats) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<Integer, Map<String, Long>> bands = stats.gamesByBandAndSpeed();
        List<String> speeds = bands.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted(DatasetStatistics::speedOrder).toList();
        for (String speed : speeds) { // rows in speed order, fastest first, so the legend reads in that order
            for (var band : bands.entrySet()) {
                data.addValue(band.getValue().getOrDefault(speed, 0L), speed, band.getKey() + "-" + (band.getKey()
                        + DatasetStatistics.BAND - 1));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        for (int i = 0; i < data.getRowCount(); i++) {
            boolean unknown = data.getRowKey(i).equals(DatasetStatistics.UNKNOWN_SPEED);
            renderer.setSeriesPaint(i, unknown ? Color.LIGHT_GRAY : ChartStyle.color(i));
        }
        return chart("Games by rating band and speed class", "max(WhiteElo, BlackElo), " + DatasetStatistics.BAND
                + "-point bands", "Games", data, renderer, "Speed class from TimeControl (base + 40 x increment, "
                + "Lichess's classes); unknown: no TimeControl tag.", true);
    }

    static JFreeChart results(DatasetStatistics stats) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Split split : Split.values()) {
            long[] n = stats.results(split);
            long total = 0;
            for (long x : n) {
                total += x;
            }
            for (int i = 0; i < n.length; i++) {
                data.addValue(total == 0 ? 0 : 100.0 * n[i] / total, DatasetStatistics.RESULTS.get(i),
                        String.format(Locale.ROOT, "%s (%,d games)", split.prefix(), total));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        Color[] colours = {new Color(0xEEEEEE), new Color(0x333333), ChartStyle.color(0), Color.LIGHT_GRAY};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        renderer.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        renderer.setDrawBarOutline(true);
        JFreeChart chart = chart("Results", "Split", "Share of games (%)", data, renderer,
                "white: 1-0, black: 0-1, draw: 1/2-1/2, unknown: * or no result.", false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    private static JFreeChart chart(String title, String xLabel, String yLabel, DefaultCategoryDataset data,
                                    BarRenderer renderer, String subtitle, boolean rotated) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryAxis x = new CategoryAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.SMALL);
        if (rotated) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        y.setLabelFont(ChartStyle.LABEL);
        y.setTickLabelFont(ChartStyle.TICK);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setNoDataMessage("No games");
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, data.getRowCount() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ChartStyle.TICK);
        }
        chart.addSubtitle(new TextTitle(subtitle, ChartStyle.SUBTITLE));
        return chart;
    }

    private static void save(JFreeChart chart, Path png) throws IOException {
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }
}
