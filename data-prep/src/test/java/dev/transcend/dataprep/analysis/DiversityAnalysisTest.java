package dev.transcend.dataprep.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diversity measure on constructed games whose answer is known, and a whole run with its outputs. */
class DiversityAnalysisTest {

    @TempDir
    Path dir;

    /** One game per movetext; ratings differ per game so that none is a duplicate of another. */
    private Path pgn(String name, int elo, String... movetexts) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < movetexts.length; i++) {
            out.append("[Event \"Rated Blitz game\"]\n[Site \"https://lichess.org/g").append(name).append(i)
                    .append("\"]\n[Result \"*\"]\n[WhiteElo \"").append(elo - i).append("\"]\n[BlackElo \"")
                    .append(elo - i).append("\"]\n\n").append(movetexts[i]).append(" *\n\n");
        }
        Path file = dir.resolve(name + ".pgn");
        Files.writeString(file, out);
        return file;
    }

    private static DiversitySettings settings(int cap, int plies, long minCount, PositionKey key) {
        return new DiversitySettings(List.of(cap), plies, minCount, key, true, 0, 200, 0);
    }

    private static String[] repeat(int n, String movetext) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, movetext);
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

    @Test
    void fourE4AndFourD4GiveOneAtTheRootAndOneMoveGivesZero() throws IOException {
        Path even = pgn("even", 1000, concat(repeat(4, "1. e4 e5"), repeat(4, "1. d4 d5")));
        CapDiversity root = DiversityAnalysis.run(List.of(even), settings(1000, 1, 8, PositionKey.POSITION), null,
                false).counts().caps().get(0);
        assertEquals(8, root.games());
        assertEquals(1, root.commonPositions());
        assertEquals(1.0, root.meanEntropy(), 1e-12);
        assertEquals(0, root.singleMovePositions());

        Path same = pgn("same", 1000, repeat(5, "1. e4 c5"));
        CapDiversity zero = DiversityAnalysis.run(List.of(same), settings(1000, 2, 5, PositionKey.POSITION), null,
                false).counts().caps().get(0);
        assertEquals(2, zero.commonPositions()); // the start and the position after 1.e4
        assertEquals(0.0, zero.meanEntropy());
        assertEquals(2, zero.singleMovePositions());
    }

    @Test
    void minCountKeepsOnlyPositionsSeenOftenEnough() throws IOException {
        // root: 6 visits (4 e4, 2 d4); after 1.e4: 4 visits (2 e5, 2 c5); after 1.d4: 2 visits (d5)
        Path file = pgn("cut", 1000, "1. e4 e5", "1. e4 e5", "1. e4 c5", "1. e4 c5", "1. d4 d5", "1. d4 d5");
        DiversityResult four = DiversityAnalysis.run(List.of(file), settings(1000, 2, 4, PositionKey.POSITION), null,
                false);
        CapDiversity cap = four.counts().caps().get(0);
        assertEquals(2, cap.commonPositions());
        double root = NormalizedEntropy.of(new long[] {4, 2});
        assertEquals((root + 1.0) / 2, cap.meanEntropy(), 1e-12);
        assertEquals((root * 6 + 1.0 * 4) / 10, cap.weightedMeanEntropy(), 1e-12);
        assertEquals(3, cap.positions());
        assertEquals(12, cap.visits());
        assertEquals(6, four.common().get(1000).get(0).moves().visits()); // most visited first: the start

        CapDiversity all = DiversityAnalysis.run(List.of(file), settings(1000, 2, 2, PositionKey.POSITION), null,
                false).counts().caps().get(0);
        assertEquals(3, all.commonPositions());
        assertEquals(1, all.singleMovePositions());
        assertEquals((root + 1.0 + 0.0) / 3, all.meanEntropy(), 1e-12);

        CapDiversity none = DiversityAnalysis.run(List.of(file), settings(1000, 2, 7, PositionKey.POSITION), null,
                false).counts().caps().get(0);
        assertEquals(0, none.commonPositions());
        assertNull(none.meanEntropy());
        assertNull(none.low95());
    }

    @Test
    void transpositionsMergeUnderThePositionKeyOnly() throws IOException {
        // the same position after 3 plies, reached with different halfmove clocks (0 and 2)
        Path file = pgn("transpose", 1000, "1. Nf3 Nf6 2. e4 Nc6", "1. e4 Nf6 2. Nf3 d6");
        CapDiversity merged = DiversityAnalysis.run(List.of(file), settings(1000, 4, 2, PositionKey.POSITION), null,
                false).counts().caps().get(0);
        assertEquals(2, merged.commonPositions()); // the start (Nf3 / e4) and the transposed position (Nc6 / d6)
        assertEquals(1.0, merged.meanEntropy(), 1e-12);
        CapDiversity separate = DiversityAnalysis.run(List.of(file), settings(1000, 4, 2, PositionKey.FEN), null,
                false).counts().caps().get(0);
        assertEquals(1, separate.commonPositions());

        // 1.e4 e6 2.d4 and 1.d4 e6 2.e4: the FEN's en-passant square (d3 or e3) is no capture, so both keys merge
        Path ep = pgn("ep", 1000, "1. e4 e6 2. d4 d5", "1. d4 e6 2. e4 b6");
        for (PositionKey key : PositionKey.values()) {
            CapDiversity c = DiversityAnalysis.run(List.of(ep), settings(1000, 4, 2, key), null, false)
                    .counts().caps().get(0);
            assertEquals(2, c.commonPositions(), key.id());
        }
    }

    @Test
    void aLegalEnPassantCaptureKeepsItsSquareInTheKey() {
        dev.transcend.core.chess.Position p = dev.transcend.core.chess.Position.afterMoves(
                List.of("e2e4", "a7a6", "e4e5", "d7d5"));
        assertTrue(PositionKey.POSITION.of(p).endsWith(" w KQkq d6"), PositionKey.POSITION.of(p));
        dev.transcend.core.chess.Position q = dev.transcend.core.chess.Position.afterMoves(List.of("e2e4"));
        assertTrue(PositionKey.POSITION.of(q).endsWith(" b KQkq -"), PositionKey.POSITION.of(q));
        assertEquals(PositionKey.POSITION.of(q) + " 0 1", PositionKey.FEN.of(q));
    }

    @Test
    void eachCapCountsOnlyItsGamesAndDuplicatesAreDroppedAsPrepareDoes() throws IOException {
        Path low = pgn("low", 900, "1. e4 e5", "1. d4 d5");
        Path high = pgn("high", 1400, "1. e4 e5", "1. e4 c5", "1. e4 e6");
        Path copy = dir.resolve("copy.pgn");
        Files.copy(low, copy); // the same Site ids: duplicates
        DiversityResult result = DiversityAnalysis.run(List.of(low, high, copy), new DiversitySettings(
                List.of(1500, 1000), 1, 1, PositionKey.POSITION, true, 0, 0, 0), null, false);
        assertEquals(List.of(1000, 1500), result.settings().caps());
        assertEquals(7, result.counts().gamesRead());
        assertEquals(5, result.counts().gamesUsed());
        assertEquals(2L, result.counts().dropped().get(dev.transcend.core.dataset.DropReason.DUPLICATE));
        assertEquals(2, result.counts().caps().get(0).games());
        assertEquals(5, result.counts().caps().get(1).games());
        assertEquals(1.0, result.counts().caps().get(0).meanEntropy(), 1e-12); // e4 / d4
        assertEquals(NormalizedEntropy.of(new long[] {4, 1}), result.counts().caps().get(1).meanEntropy(), 1e-12);
        assertEquals(0.70, result.counts().caps().get(0).paper());
        assertEquals(0.64, result.counts().caps().get(1).paper());
        assertNull(result.counts().caps().get(0).low95()); // no resamples asked
    }

    @Test
    void gamesSamplesEqualNumbersPerCapReproducibly() throws IOException {
        Path games = dir.resolve("walks.pgn");
        Files.writeString(games, RandomGames.pgn(RandomGames.walk(9, 300, 4, 8, 0), false));
        DiversitySettings all = new DiversitySettings(List.of(1000, 1800), 2, 1, PositionKey.POSITION, true, 0, 0, 0);
        List<CapDiversity> every = DiversityAnalysis.run(List.of(games), all, null, false).counts().caps();
        assertTrue(every.get(0).games() < 100 && every.get(1).games() == 300, every.toString());

        DiversitySettings sampled = new DiversitySettings(List.of(1000, 1800), 2, 1, PositionKey.POSITION, true, 100,
                0, 7);
        List<CapDiversity> a = DiversityAnalysis.run(List.of(games), sampled, null, false).counts().caps();
        List<CapDiversity> b = DiversityAnalysis.run(List.of(games), sampled, null, false).counts().caps();
        assertEquals(every.get(0), a.get(0)); // fewer games than the sample: all of them
        assertEquals(100, a.get(1).games());
        assertEquals(200, a.get(1).visits());
        assertEquals(a, b);
    }

    @Test
    void reservoirKeepsEachItemWithEqualProbability() {
        int[] hits = new int[10];
        for (int seed = 0; seed < 2000; seed++) {
            Reservoir<Integer> r = new Reservoir<>(3, seed);
            for (int i = 0; i < 10; i++) {
                r.offer(i);
            }
            assertEquals(3, r.items().size());
            r.items().forEach(i -> hits[i]++);
        }
        for (int h : hits) { // expected 600 each; 5 standard deviations ~ 100
            assertTrue(h > 500 && h < 700, java.util.Arrays.toString(hits));
        }
    }

    @Test
    void noUsableGameIsOneLineAndWritesNothing() throws IOException {
        Path high = pgn("above", 2000, "1. e4 e5");
        IOException e = assertThrows(IOException.class, () -> DiversityAnalysis.run(List.of(high),
                settings(1000, 16, 1, PositionKey.POSITION), null, false));
        assertTrue(e.getMessage().contains("ABOVE_CAP 1"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aRunOnGeneratedGamesWritesCsvChartAndManifest() throws IOException {
        Path games = dir.resolve("games.pgn");
        Files.writeString(games, RandomGames.pgn(RandomGames.walk(5, 400, 10, 40, 0.5), false));
        Path out = dir.resolve("diversity");
        DiversitySettings settings = new DiversitySettings(List.of(1000, 1300, 1500), 16, 5, PositionKey.POSITION,
                true, 0, 500, 0);
        DiversityResult result = DiversityAnalysis.run(List.of(games), settings, out, false);
        List<String> written = DiversityOutputs.write(result, out);
        assertEquals(List.of("diversity.csv", "common_positions.csv", "diversity.png"), written);

        List<String> rows = Files.readAllLines(out.resolve("diversity.csv"));
        assertEquals(String.join(",", DiversityCsv.DIVERSITY_HEADER), rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).startsWith("1000,"), rows.get(1));
        assertTrue(result.counts().caps().get(2).commonPositions() >= 2, result.counts().caps().toString());
        for (CapDiversity cap : result.counts().caps()) {
            assertTrue(cap.commonPositions() >= 1, "the start position is seen in every game");
            assertTrue(cap.meanEntropy() > 0 && cap.meanEntropy() <= 1, cap.toString());
            // an interval needs two positions to resample
            assertEquals(cap.commonPositions() >= 2, cap.low95() != null, cap.toString());
        }
        long positionRows = Files.readAllLines(out.resolve("common_positions.csv")).size() - 1;
        assertEquals(result.counts().caps().stream().mapToLong(CapDiversity::commonPositions).sum(), positionRows);

        BufferedImage png = ImageIO.read(out.resolve("diversity.png").toFile());
        assertEquals(DiversityChart.WIDTH, png.getWidth());
        assertEquals(DiversityChart.HEIGHT, png.getHeight());

        Manifest manifest = Manifest.readFrom(out, Stage.ANALYZE);
        assertEquals(3, manifest.outputs().size());
        JsonNode settingsNode = manifest.settings();
        assertEquals("diversity", settingsNode.get("analysis").asText());
        assertEquals("position", settingsNode.get("diversity").get("key").asText());
        assertEquals(result.counts().gamesUsed(), manifest.counts().get("gamesUsed").asLong());

        // the same folder again is fine; a folder of someone else's files is refused
        DiversityOutputs.write(result, out);
        Path foreign = dir.resolve("mine");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThrows(RefusedException.class, () -> DiversityOutputs.write(result, foreign));
    }
}
