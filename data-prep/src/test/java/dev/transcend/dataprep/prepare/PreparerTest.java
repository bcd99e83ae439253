package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.InputError;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.dataset.DropReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import dev.transcend.core.provenance.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Robustness of a prepare run: bad input, interrupted output, re-runs, determinism. */
class PreparerTest {

    /** @return 1000 seeded random walks (ratings 600-1800) as gzipped SAN PGN in {@code dir/walks.pgn.gz} */
    private static Path generated(Path dir) throws IOException {
        Path gz = Files.createDirectories(dir).resolve("walks.pgn.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(RandomGames.pgn(RandomGames.walk(11, 1000), false).getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PreparerTest.class.getResource("/pgn/" + name).toURI());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }

    @Test
    void truncatedGzipKeepsEarlierGamesAndReportsTheFileWhileOtherFilesGoOn(@TempDir Path dir) throws IOException {
        byte[] gz = Files.readAllBytes(generated(dir.resolve("in")));
        Path cut = dir.resolve("cut.pgn.gz");
        Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
        Path uci = Fixtures.copy("uci_stripped_tags.pgn", dir);
        PrepareSummary summary = Preparer.run(List.of(cut, uci), PrepareSettings.withCap(3000), dir.resolve("out"), false);

        PrepareCounts counts = summary.counts();
        assertEquals(1, counts.inputErrors().size());
        InputError error = counts.inputErrors().get(0);
        assertEquals(cut.toString(), error.file());
        assertTrue(error.message().startsWith(cut + ": read failed"), error.message());
        assertTrue(error.gamesRead() > 300, "games before the break: " + error.gamesRead());
        assertEquals(error.gamesRead() + 5, counts.gamesRead(), "the next file is read in full");
        assertEquals(counts.gamesRead(), counts.gamesKept() + counts.gamesDropped());
        List<CSVRecord> stats = csv(dir.resolve("out/stats.csv"));
        assertTrue(stats.get(0).get("input_error").contains("truncated"), stats.get(0).get("input_error"));
        assertEquals("", stats.get(1).get("input_error"));
        assertEquals("1 file(s) with errors", stats.get(2).get("input_error"));
        assertTrue(summary.describe().contains("INPUT ERROR " + cut), summary.describe());
    }

    @Test
    void malformedGamesAreSkippedWithReasonFileAndLine(@TempDir Path dir) throws Exception {
        Path malformed = fixture("malformed.pgn");
        Path tolerant = fixture("tolerant.pgn");
        PrepareSummary summary = Preparer.run(List.of(malformed, tolerant), PrepareSettings.withCap(3000),
                dir.resolve("out"), false);
        PrepareCounts counts = summary.counts();
        assertEquals(8 + 5, counts.gamesRead());
        assertEquals(5, counts.dropped().get(DropReason.MALFORMED));
        assertEquals(1, counts.dropped().get(DropReason.ILLEGAL_MOVE));
        assertEquals(1, counts.dropped().get(DropReason.NO_RATING));
        assertEquals(1, counts.dropped().get(DropReason.NO_MOVES));
        assertEquals(2 + 3, counts.gamesKept());

        List<String> skipped = csv(dir.resolve("out/skipped.csv")).stream()
                .map(r -> Path.of(r.get("file")).getFileName() + ":" + r.get("game") + ":" + r.get("line") + ":"
                        + r.get("reason")).toList();
        assertEquals(List.of("malformed.pgn:2:11:MALFORMED", "malformed.pgn:3:14:MALFORMED",
                "malformed.pgn:4:24:ILLEGAL_MOVE", "malformed.pgn:5:30:MALFORMED", "malformed.pgn:7:41:MALFORMED",
                "malformed.pgn:8:47:MALFORMED", "tolerant.pgn:3:17:NO_RATING", "tolerant.pgn:4:25:NO_MOVES"), skipped);
        CSVRecord illegal = csv(dir.resolve("out/skipped.csv")).get(2);
        assertEquals("ILLEGAL_MOVE 'Ke3' at ply 3 (line 24)", illegal.get("detail"));
    }

    /**
     * Issue 9's reader and de-duplication cases through a whole prepare run: two different Lichess games with the same
     * moves and ratings are both kept, a second copy of one of them (same Site) is a duplicate, an id-less copy after
     * them is a duplicate by content; a blank line inside the tags and a comment before move 1 split no game; Latin-1
     * names are counted in the manifest and the summary.
     */
    @Test
    void gameIdsDecideDuplicatesAndTagSectionsWithBlankLinesStayOneGame(@TempDir Path dir) throws IOException {
        String moves = "1. e4 e5 2. Qh5 Nc6 3. Bc4 Nf6 4. Qxf7# 1-0";
        String text = game("https://lichess.org/aaaaaaaa", "", moves) + game("https://lichess.org/bbbbbbbb", "", moves)
                + game("https://lichess.org/aaaaaaaa", "", moves) + game(null, "", moves)
                + game("https://lichess.org/cccccccc", "\n", "1. d4 d5 1/2-1/2")
                + game("https://lichess.org/dddddddd", "", "{ annotated }\n\n1. c4 c5 0-1");
        Path pgn = dir.resolve("games.pgn");
        Files.write(pgn, text.replace("Nobody", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        PrepareSummary summary = Preparer.run(List.of(pgn), new PrepareSettings(1500, null, 1L, null, null, null, null),
                dir.resolve("out"), false);
        PrepareCounts counts = summary.counts();
        assertEquals(6, counts.gamesRead(), "no game split by a blank line or a comment");
        assertEquals(4, counts.gamesKept());
        assertEquals(2, counts.dropped().get(DropReason.DUPLICATE));
        List<CSVRecord> skipped = csv(dir.resolve("out").resolve("skipped.csv"));
        assertEquals(List.of("same game id (lichess:aaaaaaaa) as a game kept earlier",
                "same moves and ratings as a game kept earlier (this game has no id)"),
                skipped.stream().map(r -> r.get("detail")).toList());
        assertEquals(1, counts.undecodedText().size());
        assertEquals(6, counts.undecodedText().get(0).lines());
        assertTrue(summary.describe().contains("WARNING " + pgn + ": 6 lines are not valid UTF-8 (first: line 3)"),
                summary.describe());
        assertTrue(Files.readString(dir.resolve("out").resolve("manifest.json")).contains("\"undecodedText\""));
    }

    private static String game(String site, String blankInTags, String movetext) {
        return "[Event \"Rated Blitz game\"]\n" + (site == null ? "" : "[Site \"" + site + "\"]\n")
                + "[White \"Nobody\"]\n[Black \"b\"]\n[Result \"*\"]\n" + blankInTags
                + "[WhiteElo \"1000\"]\n[BlackElo \"1100\"]\n\n" + movetext + "\n\n";
    }

    @Test
    void ratedOnlyDropsCasualCsvRows(@TempDir Path dir) throws Exception {
        PrepareSettings ratedOnly = new PrepareSettings(3000, null, null, null, null, true, null);
        PrepareCounts counts = Preparer.run(List.of(fixture("bad_rows.csv")), ratedOnly, dir.resolve("out"), false).counts();
        assertEquals(4, counts.gamesRead());
        assertEquals(2, counts.gamesKept());
        assertEquals(1, counts.dropped().get(DropReason.UNRATED));
        assertEquals(1, counts.dropped().get(DropReason.MALFORMED));
    }

    @Test
    void reRunsGiveIdenticalShardsAndReplaceTheDatasetWholesale(@TempDir Path dir) throws IOException {
        PrepareSettings settings = new PrepareSettings(2000, 0.2, 5L, null, null, null, 100);
        List<Path> inputs = List.of(generated(dir.resolve("in")));
        PrepareSummary first = Preparer.run(inputs, settings, dir.resolve("a"), false);
        PrepareSummary second = Preparer.run(inputs, settings, dir.resolve("b"), false);
        assertTrue(first.counts().shards().size() > 4, "several shards of 100 games");
        assertEquals(first.counts().shards(), second.counts().shards(), "same files, games, tokens and SHA-256");

        Files.writeString(dir.resolve("a/stale-file.txt"), "from an older run");
        PrepareSummary again = Preparer.run(inputs, settings, dir.resolve("a"), false);
        assertEquals(first.counts().shards(), again.counts().shards());
        assertFalse(Files.exists(dir.resolve("a/stale-file.txt")), "the old dataset is replaced as a whole");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("a", "b", "in"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial or old folders left behind");
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotADataset(@TempDir Path dir) throws IOException {
        Path precious = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(precious.resolve("chapter1.tex"), "do not delete");
        RefusedException e = assertThrows(RefusedException.class,
                () -> Preparer.run(List.of(generated(dir.resolve("in"))), PrepareSettings.withCap(1500), precious, false));
        assertTrue(e.getMessage().contains(precious + " is not empty and is not a 'prepare' folder: it holds "
                + "chapter1.tex"), e.getMessage());
        assertEquals("do not delete", Files.readString(precious.resolve("chapter1.tex")));
    }

    @Test
    void aStalePartialFolderFromAKilledRunIsCleanedUp(@TempDir Path dir) throws Exception {
        Path stale = Files.createDirectories(dir.resolve(".out.partial-12345"));
        Files.writeString(stale.resolve("train-00000.shard"), "half written");
        Path replaced = Files.createDirectories(dir.resolve(".out.old-678")); // killed while replacing
        Files.writeString(replaced.resolve("manifest.json"), "{}");
        Preparer.run(List.of(fixture("tolerant.pgn")), PrepareSettings.withCap(3000), dir.resolve("out"), false);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(replaced));
        assertTrue(Files.exists(dir.resolve("out/manifest.json")));
    }

    @Test
    void theOutputFolderInsideAnInputFolderIsNotReadBack(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(fixture("tolerant.pgn"), data.resolve("tolerant.pgn"));
        PrepareCounts first = Preparer.run(List.of(data), PrepareSettings.withCap(3000), data.resolve("prepared"), false).counts();
        PrepareCounts second = Preparer.run(List.of(data), PrepareSettings.withCap(3000), data.resolve("prepared"), false).counts();
        assertEquals(first.gamesRead(), second.gamesRead());
        assertTrue(second.inputErrors().isEmpty(), second.inputErrors().toString());
    }
}
