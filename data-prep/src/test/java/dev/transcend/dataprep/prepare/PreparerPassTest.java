package dev.transcend.dataprep.prepare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.io.Json;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.RandomGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One pass, several caps; several threads, one output (issue 9): a pass with caps 1000, 1300 and 1500 writes the
 * three datasets three single-cap runs write, file for file, and 1 and 2 screening threads write the same files.
 * On generated games rated 600-1800 with clocks, terminations, bots, dates, broken movetext and repeats.
 */
class PreparerPassTest {

    private static final List<Integer> CAPS = List.of(1000, 1300, 1500);

    @TempDir
    static Path dir;
    static List<Path> inputs;
    /** Filters on, so every check takes part: floor, speed classes, bots and terminations by default, min plies. */
    static PrepareSettings settings;

    @BeforeAll
    static void writeInputs() throws IOException {
        List<RandomGames.Game> walks = RandomGames.walk(91, 900, 4, 40, 0.1);
        Path tagged = dir.resolve("tagged.pgn.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tagged))) {
            out.write(tagged(walks).getBytes(StandardCharsets.UTF_8));
        }
        // the first 200 walks again, without ids: duplicates by moves and ratings
        Path repeat = Files.writeString(dir.resolve("repeat.pgn"), RandomGames.pgn(walks.subList(0, 200), true)
                .replaceAll("\\[Site [^\\n]*\\n", "").replace("[PlyCount", "[TimeControl \"180+0\"]\n[PlyCount"));
        Path csv = Files.writeString(dir.resolve("games.csv"), RandomGames.kaggleCsv(RandomGames.walk(92, 150)));
        inputs = List.of(tagged, repeat, csv, Fixtures.copy("lichess_export.pgn", dir));
        settings = new PrepareSettings(null, CAPS, 700, null, 3L, 6, null, null,
                List.of("bullet", "blitz", "rapid", "correspondence"), null, null, null, 100, null, null);
    }

    /**
     * The walks as Lichess-style PGN with a clock, a termination, titles and a date chosen per game, and now and
     * then a broken movetext, so that each drop reason occurs at every rating.
     */
    private static String tagged(List<RandomGames.Game> walks) {
        String[] clocks = {"60+0", "180+2", "600+5", "1800+30", "-", "15+0", "40/7200"};
        StringBuilder pgn = new StringBuilder();
        for (int g = 0; g < walks.size(); g++) {
            RandomGames.Game game = walks.get(g);
            pgn.append("[Event \"Rated game\"]\n[Site \"https://lichess.org/t").append(String.format("%07d", g % 850))
                    .append("\"]\n[UTCDate \"2016.0").append(1 + g % 9).append(".1").append(g % 10).append("\"]\n")
                    .append("[WhiteElo \"").append(game.elo().white()).append("\"]\n[BlackElo \"")
                    .append(game.elo().black()).append("\"]\n[TimeControl \"").append(clocks[g % clocks.length])
                    .append("\"]\n");
            if (g % 31 == 5) {
                pgn.append("[BlackTitle \"BOT\"]\n");
            }
            if (g % 23 == 7) {
                pgn.append("[Termination \"").append(g % 2 == 0 ? "Abandoned" : "Rules infraction").append("\"]\n");
            }
            String moves = RandomGames.san(game.uci());
            if (g % 17 == 3) {
                moves = moves + " Qxh9"; // not a move: MALFORMED after the replay
            } else if (g % 19 == 4) {
                moves = "Ke2 " + moves; // illegal first move
            }
            pgn.append("\n").append(moves).append(' ').append(game.result()).append("\n\n");
        }
        return pgn.toString();
    }

    /** @return SHA-256 of every file in the folder by name; manifest.json without its timestamp (and thread count) */
    private static Map<String, String> checksums(Path folder, boolean withThreads) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(Manifest.FILE_NAME)) {
                    ObjectNode manifest = (ObjectNode) Json.mapper().readTree(file.toFile());
                    manifest.remove("createdAt");
                    if (!withThreads) {
                        ((ObjectNode) manifest.get("counts")).remove("threads");
                    }
                    sums.put(name, manifest.toString());
                } else {
                    sums.put(name, Sha256.of(file));
                }
            }
        }
        return sums;
    }

    @Test
    void onePassWithThreeCapsWritesTheDatasetsOfThreeSingleCapRuns() throws IOException {
        List<PrepareSummary> pass = Preparer.runAll(inputs, settings, dir.resolve("caps"), false);
        assertEquals(3, pass.size());
        for (int i = 0; i < CAPS.size(); i++) {
            int cap = CAPS.get(i);
            Path single = dir.resolve("single-" + cap);
            PrepareSummary alone = Preparer.run(inputs, settings.forCap(cap), single, false);
            Path folder = dir.resolve("caps").resolve("cap-" + cap);
            assertEquals(folder, pass.get(i).outDir());
            Map<String, String> expected = checksums(single, true);
            assertTrue(expected.keySet().containsAll(List.of("train-00000.shard", "validation-00000.shard",
                    "stats.csv", "skipped.csv", "players.csv", "rating_histogram.csv", "manifest.json")), expected.keySet()
                    .toString());
            assertEquals(expected, checksums(folder, true), "cap " + cap);
            assertEquals(alone.counts(), pass.get(i).counts());
            assertEquals(cap, Manifest.readFrom(folder).settingsAs(DatasetSettings.class).cap());
        }
        // every check had games to drop, at every cap, so the identity covers each path of GameFilter.atCap
        for (PrepareSummary s : pass) {
            for (DropReason reason : List.of(DropReason.MALFORMED, DropReason.ABOVE_CAP, DropReason.BELOW_FLOOR,
                    DropReason.SPEED_CLASS, DropReason.BOT, DropReason.TERMINATION, DropReason.ILLEGAL_MOVE,
                    DropReason.TOO_SHORT, DropReason.DUPLICATE)) {
                assertTrue(s.counts().dropped().get(reason) > 0, reason + " at cap " + s.settings().cap());
            }
        }
        assertTrue(pass.get(0).counts().gamesKept() < pass.get(1).counts().gamesKept()
                && pass.get(1).counts().gamesKept() < pass.get(2).counts().gamesKept());
    }

    @Test
    void oneAndTwoThreadsWriteTheSameFiles() throws IOException {
        PrepareSettings at1500 = settings.forCap(1500);
        Preparer.run(inputs, at1500.withThreads(1), dir.resolve("threads-1"), false);
        Preparer.run(inputs, at1500.withThreads(2), dir.resolve("threads-2"), false);
        Map<String, String> one = checksums(dir.resolve("threads-1"), false);
        assertTrue(one.size() >= 7 && one.keySet().stream().filter(n -> n.endsWith(".shard")).count() >= 3,
                "several shards (100 games each): " + one.keySet());
        assertEquals(one, checksums(dir.resolve("threads-2"), false));
        assertEquals(1, Manifest.readFrom(dir.resolve("threads-1")).countsAs(PrepareCounts.class).threads());
        assertEquals(2, Manifest.readFrom(dir.resolve("threads-2")).countsAs(PrepareCounts.class).threads(),
                "the manifest records the thread count; no other file depends on it");
    }

    @Test
    void severalCapsRefuseADatasetFolderAndWriteNothingWhenOneCapKeepsNoGame() throws IOException {
        Path dataset = dir.resolve("a-dataset");
        Preparer.run(inputs, settings.forCap(1000), dataset, false);
        IOException inside = assertThrows(IOException.class, () -> Preparer.runAll(inputs, settings, dataset, false));
        assertTrue(inside.getMessage().contains("is a dataset") && inside.getMessage().contains("cap-1000"),
                inside.getMessage());

        Path out = dir.resolve("low-caps");
        PrepareSettings tooLow = PrepareSettings.withCaps(List.of(500, 1500));
        IOException none = assertThrows(IOException.class, () -> Preparer.runAll(inputs, tooLow, out, false));
        assertTrue(none.getMessage().startsWith("cap 500: no game kept") && none.getMessage().contains("ABOVE_CAP"),
                none.getMessage());
        assertFalse(Files.exists(Preparer.capFolder(out, 1500)), "nothing written for the other cap either");
        assertThrows(IllegalArgumentException.class, () -> Preparer.run(inputs, tooLow, out, false),
                "run makes one dataset");
    }
}
