package dev.transcend.dataprep.prepare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.RatingBin;
import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.ShardReader;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.vocab.MoveVocabulary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PreparerRealDataTest}'s checks on the project's own games, so they run on a fresh clone: seeded random
 * walks (ratings 600-1800) as gzipped SAN PGN and as plain UCI PGN, a file repeating the first 100 walks, core's
 * hand-written Lichess-style export, and walks in the Kaggle CSV shape with 20 rows repeated; cap 1500.
 */
class PreparerGeneratedDataTest {

    private static final int CAP = 1500;
    private static final List<RandomGames.Game> SAN_WALKS = RandomGames.walk(21, 600);
    private static final List<RandomGames.Game> UCI_WALKS = RandomGames.walk(22, 300);
    private static final List<RandomGames.Game> CSV_WALKS = RandomGames.walk(23, 200);

    @TempDir
    static Path dir;
    static Path out;
    static List<Path> inputs;
    static PrepareSummary summary;

    @BeforeAll
    static void prepare() throws IOException {
        String csv = RandomGames.kaggleCsv(CSV_WALKS);
        List<String> lines = csv.lines().toList();
        String repeated = csv + String.join("\n", lines.subList(1, 21)) + "\n";
        inputs = List.of(
                gzip(dir.resolve("walks.pgn.gz"), RandomGames.pgn(SAN_WALKS, false)),
                Files.writeString(dir.resolve("walks-uci.pgn"), RandomGames.pgn(UCI_WALKS, true)),
                gzip(dir.resolve("repeat.pgn.gz"), RandomGames.pgn(SAN_WALKS.subList(0, 100), false)),
                Fixtures.copy("lichess_export.pgn", dir),
                gzip(dir.resolve("games.csv.gz"), repeated));
        out = dir.resolve("dataset");
        summary = Preparer.run(inputs, PrepareSettings.withCap(CAP), out, false);
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static long underCap(List<RandomGames.Game> games) {
        return games.stream().filter(g -> ByColor.max(g.elo()) <= CAP).count();
    }

    @Test
    void everyGameReadIsKeptOrDroppedForExactlyOneReason() {
        PrepareCounts counts = summary.counts();
        assertEquals(600 + 300 + 100 + 7 + 220, counts.gamesRead());
        assertEquals(counts.gamesRead(), counts.gamesKept() + counts.gamesDropped());
        assertEquals(counts.gamesKept(), counts.trainGames() + counts.validationGames());
        assertTrue(counts.inputErrors().isEmpty(), counts.inputErrors().toString());
        assertEquals(0, counts.dropped().get(DropReason.MALFORMED), "no generated game is malformed");
        assertEquals(0, counts.dropped().get(DropReason.ILLEGAL_MOVE), "no generated game has an illegal move");
        assertEquals(underCap(SAN_WALKS) + underCap(UCI_WALKS) + underCap(CSV_WALKS) + 2, counts.gamesKept(),
                "walks within the cap, and 2 of the export's 7 games: 3 rated at most 1500, less one abandoned");
        double validationShare = counts.validationGames() / (double) counts.gamesKept();
        assertTrue(validationShare > 0.02 && validationShare < 0.09, "validation share " + validationShare);
    }

    @Test
    void noKeptGameIsRatedAboveTheCapAccordingToTheShards() throws IOException {
        long games = 0;
        long tokens = 0;
        MoveVocabulary vocabulary = MoveVocabulary.standard();
        for (ShardInfo info : summary.counts().shards()) {
            ShardReader shard = ShardReader.open(out.resolve(info.file()));
            assertEquals(vocabulary.size(), shard.vocabSize());
            assertEquals(info.games(), shard.games());
            for (int g = 0; g < shard.games(); g++) {
                ByColor<Integer> elo = shard.elo(g);
                assertTrue(ByColor.max(elo) <= CAP, info.file() + " game " + g + " has Elo " + elo);
                assertTrue(shard.plies(g) >= 1);
                for (int token : shard.game(g).moves()) {
                    assertTrue(vocabulary.isMove(token));
                }
            }
            games += shard.games();
            tokens += shard.tokens();
        }
        assertEquals(summary.counts().gamesKept(), games);
        assertEquals(summary.counts().trainTokens() + summary.counts().validationTokens(), tokens);
    }

    @Test
    void statsCsvHasOneRowPerFileAndATotalThatAddUp() throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(out.resolve("stats.csv")))) {
            assertEquals(StatsCsv.header(), csv.getHeaderNames());
            for (CSVRecord row : csv) {
                long dropped = 0;
                for (DropReason reason : DropReason.values()) {
                    dropped += Long.parseLong(row.get(reason.name().toLowerCase(Locale.ROOT)));
                }
                assertEquals(Long.parseLong(row.get("games_read")), Long.parseLong(row.get("games_kept")) + dropped,
                        row.get("file"));
                rows.put(Path.of(row.get("file")).getFileName().toString(), row);
            }
        }
        assertEquals(6, rows.size());
        assertEquals(String.valueOf(underCap(UCI_WALKS)), rows.get("walks-uci.pgn").get("games_kept"), "UCI movetext");
        assertEquals(String.valueOf(underCap(SAN_WALKS.subList(0, 100))), rows.get("repeat.pgn.gz").get("duplicate"),
                "repeat.pgn.gz repeats the first 100 walks");
        assertEquals("0", rows.get("repeat.pgn.gz").get("games_kept"));
        assertEquals(String.valueOf(underCap(CSV_WALKS.subList(0, 20))), rows.get("games.csv.gz").get("duplicate"),
                "the CSV repeats 20 rows");
        assertEquals("2", rows.get("lichess_export.pgn").get("termination"), "Termination \"Abandoned\", by default");
        assertEquals("3", rows.get("lichess_export.pgn").get("above_cap"), "the abandoned game above the cap counts as"
                + " abandoned: tag checks come first");
        assertEquals(String.valueOf(summary.counts().gamesKept()), rows.get("total").get("games_kept"));
    }

    @Test
    void manifestRecordsInputsSettingsCountsAndShards() throws IOException {
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(Stage.PREPARE, manifest.stage());
        DatasetSettings settings = manifest.settingsAs(DatasetSettings.class);
        assertEquals(CAP, settings.cap());
        assertEquals(MoveVocabulary.standard().fingerprint(), settings.vocabularyFingerprint());
        assertEquals(1970, settings.vocabularySize());
        assertEquals(5, manifest.inputs().size());
        FileEntry first = manifest.inputs().get(0);
        assertEquals(Sha256.of(inputs.get(0)), first.sha256());
        assertEquals(Files.size(inputs.get(0)), first.bytes());
        PrepareCounts counts = manifest.countsAs(PrepareCounts.class);
        assertEquals(summary.counts().gamesKept(), counts.gamesKept());
        JsonNode dropped = manifest.counts().get("dropped");
        assertEquals(DropReason.values().length, dropped.size());
        for (FileEntry output : manifest.outputs()) {
            assertEquals(Sha256.of(out.resolve(output.path())), output.sha256(), output.path());
        }
        assertTrue(manifest.outputs().stream().anyMatch(o -> o.path().equals("train-00000.shard")));
        assertTrue(manifest.outputs().stream().anyMatch(o -> o.path().equals("validation-00000.shard")));
    }

    @Test
    void ratingHistogramCountsReadAndKeptGamesByTheHigherRating() throws IOException {
        List<RatingBin> bins = summary.counts().ratingHistogram();
        assertEquals(summary.counts().gamesKept(), bins.stream().mapToLong(RatingBin::kept).sum());
        assertEquals(summary.counts().gamesRead(), bins.stream().mapToLong(RatingBin::read).sum(), "all games have ratings");
        bins.stream().filter(b -> b.from() >= CAP + 1).forEach(b -> assertEquals(0, b.kept(), "bin " + b.from()));
        List<String> lines = Files.readAllLines(out.resolve("rating_histogram.csv"));
        assertEquals("rating_from,rating_to,games_read,games_kept", lines.get(0));
        assertEquals(bins.size() + 1, lines.size());
    }
}
