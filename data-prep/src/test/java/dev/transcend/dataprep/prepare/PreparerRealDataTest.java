package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.dataset.RatingBin;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.ShardInfo;
import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.testing.SharedData;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.dataset.ShardReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prepares real Lichess games from shared/data/raw once, at the paper's cap of 1500, and checks the dataset.
 * {@link PreparerGeneratedDataTest} checks the same on the project's own games on every build.
 */
@Tag("real-data")
class PreparerRealDataTest {

    private static final int CAP = 1500;
    private static final String UCI_900 = "raw/hliasouzounis-guess-the-elo-2018-06/900.pgn.gz";
    private static final String UCI_UPTO_900 = "raw/hliasouzounis-guess-the-elo-2018-06/outputs/upto-900.pgn.gz";
    private static final String KDAVE = "raw/kdave-pgn-toys/lichess_2021-10-01_head.pgn.gz";
    private static final String NO_EVENT = "raw/lichess-org-database-wip2017/2016-05.pgn.gz";
    private static final String KAGGLE = "raw/kaggle-datasnaek-chess/games.csv.gz";

    @TempDir
    static Path dir;
    static Path out;
    static PrepareSummary summary;

    @BeforeAll
    static void prepare() throws IOException {
        out = dir.resolve("dataset");
        List<Path> inputs = List.of(UCI_900, UCI_UPTO_900, KDAVE, NO_EVENT, KAGGLE).stream()
                .map(SharedData::file).toList();
        summary = Preparer.run(inputs, PrepareSettings.withCap(CAP), out, false);
    }

    @Test
    void everyGameReadIsKeptOrDroppedForExactlyOneReason() {
        PrepareCounts counts = summary.counts();
        assertEquals(10_270 + 1_000 + 999 + 4_798 + 20_058, counts.gamesRead());
        assertEquals(counts.gamesRead(), counts.gamesKept() + counts.gamesDropped());
        assertEquals(counts.gamesKept(), counts.trainGames() + counts.validationGames());
        assertTrue(counts.inputErrors().isEmpty(), counts.inputErrors().toString());
        assertEquals(0, counts.dropped().get(DropReason.MALFORMED), "no real game is malformed");
        assertEquals(0, counts.dropped().get(DropReason.ILLEGAL_MOVE), "no real game has an illegal move");
        double validationShare = counts.validationGames() / (double) counts.gamesKept();
        assertTrue(validationShare > 0.03 && validationShare < 0.07, "validation share " + validationShare);
    }

    @Test
    void noKeptGameIsRatedAboveTheCapAccordingToTheShards() throws IOException {
        long games = 0;
        long tokens = 0;
        Encoding encoding = Encodings.standard();
        for (ShardInfo info : summary.counts().shards()) {
            ShardReader shard = ShardReader.open(out.resolve(info.file()));
            assertEquals(encoding.vocabularySize(), shard.vocabSize());
            assertEquals(info.games(), shard.games());
            for (int g = 0; g < shard.games(); g++) {
                ByColor<Integer> elo = shard.elo(g);
                assertTrue(ByColor.max(elo) <= CAP, info.file() + " game " + g + " has Elo " + elo);
                assertTrue(shard.plies(g) >= 1);
                for (int token : shard.game(g).moves()) {
                    assertTrue(encoding.decode(token).isPresent());
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
                    dropped += Long.parseLong(row.get(reason.name().toLowerCase(java.util.Locale.ROOT)));
                }
                assertEquals(Long.parseLong(row.get("games_read")), Long.parseLong(row.get("games_kept")) + dropped,
                        row.get("file"));
                rows.put(Path.of(row.get("file")).getFileName().toString(), row);
            }
        }
        assertEquals(6, rows.size());
        assertEquals("10270", rows.get("900.pgn.gz").get("games_kept"), "both players 772-900");
        assertEquals("1000", rows.get("upto-900.pgn.gz").get("duplicate"), "upto-900 lies inside 900.pgn");
        assertTrue(Long.parseLong(rows.get("games.csv.gz").get("duplicate")) > 0, "the Kaggle CSV repeats rows");
        assertEquals("17", rows.get("lichess_2021-10-01_head.pgn.gz").get("termination"), "Termination \"Abandoned\"");
        assertEquals("1", rows.get("lichess_2021-10-01_head.pgn.gz").get("bot"), "one game between two BOTs");
        assertEquals(String.valueOf(summary.counts().gamesKept()), rows.get("total").get("games_kept"));
    }

    @Test
    void manifestRecordsInputsSettingsCountsAndShards() throws IOException {
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(Stage.PREPARE, manifest.stage());
        DatasetSettings settings = manifest.settingsAs(DatasetSettings.class);
        assertEquals(CAP, settings.cap());
        assertEquals(Encodings.standard().fingerprint(), settings.vocabularyFingerprint());
        assertEquals("uci-move-v1", settings.encoding());
        assertEquals(1970, settings.vocabularySize());
        assertEquals(5, manifest.inputs().size());
        FileEntry first = manifest.inputs().get(0);
        assertEquals(Sha256.of(SharedData.file(UCI_900)), first.sha256());
        assertEquals(Files.size(SharedData.file(UCI_900)), first.bytes());
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
