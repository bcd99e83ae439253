package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.testing.RandomGames;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dataset statistics a prepare run writes ({@link DatasetStatistics}): on 400 seeded random walks at cap 1500,
 * a third with {@code TimeControl "300+3"} (blitz), a third with {@code "60+0"} (bullet), a third without the tag
 * (unknown), every table adds up to the kept games and plies of the run's own counts.
 */
class DatasetStatisticsTest {

    @TempDir
    static Path dir;
    static Path out;
    static PrepareCounts counts;

    @BeforeAll
    static void prepare() throws IOException {
        String pgn = RandomGames.pgn(RandomGames.walk(31, 400), false);
        StringBuilder tagged = new StringBuilder();
        int game = 0;
        for (String line : pgn.split("\n", -1)) {
            tagged.append(line).append('\n');
            if (line.startsWith("[Event ")) {
                if (game % 3 == 0) {
                    tagged.append("[TimeControl \"300+3\"]\n");
                } else if (game % 3 == 1) {
                    tagged.append("[TimeControl \"60+0\"]\n");
                }
                game++;
            }
        }
        Path input = dir.resolve("games.pgn");
        Files.writeString(input, tagged);
        out = dir.resolve("dataset");
        counts = Preparer.run(List.of(input), PrepareSettings.withCap(1500), out, false).counts();
    }

    private static List<CSVRecord> read(String name) throws IOException {
        try (CSVParser parser = CSVParser.parse(out.resolve(name), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void bandsAndSpeedsAddUpToTheKeptGamesAndPliesPerSplit() throws IOException {
        List<CSVRecord> rows = read(DatasetStatistics.BANDS_CSV);
        Map<String, long[]> bySplit = new HashMap<>();
        for (CSVRecord row : rows) {
            long[] sum = bySplit.computeIfAbsent(row.get("split"), s -> new long[2]);
            sum[0] += Long.parseLong(row.get("games"));
            sum[1] += Long.parseLong(row.get("plies"));
            int from = Integer.parseInt(row.get("rating_from"));
            assertEquals(0, from % 100);
            assertEquals(from + 99, Integer.parseInt(row.get("rating_to")));
            assertTrue(from <= 1500, row.toString());
        }
        assertEquals(counts.trainGames(), bySplit.get("train")[0]);
        assertEquals(counts.trainTokens(), bySplit.get("train")[1]);
        assertEquals(counts.validationGames(), bySplit.get("validation")[0]);
        assertEquals(counts.validationTokens(), bySplit.get("validation")[1]);
        Set<String> speeds = rows.stream().map(r -> r.get("speed")).collect(Collectors.toSet());
        assertEquals(Set.of("blitz", "bullet", "unknown"), speeds);
        long blitz = rows.stream().filter(r -> r.get("speed").equals("blitz"))
                .mapToLong(r -> Long.parseLong(r.get("games"))).sum();
        assertTrue(blitz > counts.gamesKept() / 4 && blitz < counts.gamesKept() / 2, "blitz " + blitz);
    }

    @Test
    void lengthHistogramAndResultsAddUpToTheKeptGames() throws IOException {
        List<CSVRecord> lengths = read(DatasetStatistics.LENGTHS_CSV);
        assertEquals(counts.gamesKept(), lengths.stream().mapToLong(r -> Long.parseLong(r.get("games"))).sum());
        for (CSVRecord row : lengths) {
            assertEquals(Integer.parseInt(row.get("plies_from")) + 9, Integer.parseInt(row.get("plies_to")));
        }
        // RandomGames.walk makes 10 to 80 plies: the bins run from 10-19 to 80-89 at most
        assertTrue(lengths.stream().allMatch(r -> Integer.parseInt(r.get("plies_from")) >= 0
                && Integer.parseInt(r.get("plies_from")) <= 80));

        List<CSVRecord> results = read(DatasetStatistics.RESULTS_CSV);
        assertEquals(12, results.size()); // train, validation, all x white, black, draw, unknown
        Map<String, Long> all = new HashMap<>();
        double shares = 0;
        for (CSVRecord row : results) {
            if (row.get("split").equals("all")) {
                all.put(row.get("result"), Long.parseLong(row.get("games")));
                shares += Double.parseDouble(row.get("share"));
            }
        }
        assertEquals(counts.gamesKept(), all.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1.0, shares, 1e-3);
        assertTrue(all.get("unknown") > 0, "walks cut at their length have no result: " + all);
    }

    @Test
    void chartsAreWrittenAndEveryFileIsInTheManifest() throws IOException {
        for (String png : List.of(DatasetCharts.LENGTHS_PNG, DatasetCharts.BANDS_PNG, DatasetCharts.RESULTS_PNG)) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertEquals(DatasetCharts.WIDTH, image.getWidth(), png);
            assertEquals(DatasetCharts.HEIGHT, image.getHeight(), png);
        }
        Set<String> listed = Manifest.readFrom(out, Stage.PREPARE).outputs().stream().map(FileEntry::path)
                .collect(Collectors.toSet());
        assertTrue(listed.containsAll(List.of(DatasetStatistics.BANDS_CSV, DatasetStatistics.LENGTHS_CSV,
                DatasetStatistics.RESULTS_CSV, DatasetCharts.LENGTHS_PNG, DatasetCharts.BANDS_PNG,
                DatasetCharts.RESULTS_PNG)), listed.toString());
    }
}
