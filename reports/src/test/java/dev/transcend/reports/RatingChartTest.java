package dev.transcend.reports;

import dev.transcend.core.chart.ChartStyle;
import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingChartTest {

    @TempDir
    Path dir;

    @Test
    void writesAReadablePngWithTheSeriesColours() throws IOException {
        Path png = dir.resolve(RatingChart.FILE_NAME);
        RatingChart.write(SampleRatings.twoCaps(), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "ImageIO cannot read " + png);
        assertEquals(RatingChart.WIDTH, image.getWidth());
        assertEquals(RatingChart.HEIGHT, image.getHeight());
        assertTrue(distinctColours(image) > 50, "the chart looks blank");
        assertTrue(countNear(image, ChartStyle.color(0).getRGB()) > 200, "too few pixels of the first series' colour");
        assertTrue(countNear(image, ChartStyle.color(1).getRGB()) > 200, "too few pixels of the second series' colour");
    }

    @Test
    void temperatureZeroIsLeftOutAndSaidSo() throws IOException {
        RatingRow greedy = new RatingRow(new RatingGroup("tiny", OptionalInt.of(1000), SamplingProtocol.LEGAL_MOVES, 0.0),
                new ScoreTally(3, 1, 2), 0, 0, new Rating(1500, 120, 0.06), EloEstimate.interval(1510, 1300, 1700));
        List<RatingRow> rows = new java.util.ArrayList<>(SampleRatings.twoCaps());
        rows.add(greedy);
        String subtitle = ((org.jfree.chart.title.TextTitle) RatingChart.chart(rows).getSubtitle(1)).getText();
        assertTrue(subtitle.contains("1 rating(s) at temperature 0"), subtitle);
        Path png = dir.resolve("chart.png");
        RatingChart.write(rows, png);
        assertNotNull(ImageIO.read(png.toFile()));
    }

    @Test
    void noRatingsStillGiveAnImage() throws IOException {
        Path png = dir.resolve("empty.png");
        RatingChart.write(List.of(), png);
        assertEquals(RatingChart.WIDTH, ImageIO.read(png.toFile()).getWidth());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int countNear(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF))
                        + Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (rgb & 0xFF));
                count += d < 30 ? 1 : 0;
            }
        }
        return count;
    }
}
