package dev.transcend.rating;

import dev.transcend.core.ratings.EloBound;
import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.core.ratings.SprtDecision;
import dev.transcend.core.ratings.SprtVerdict;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.games.GamesFixture;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateStageTest {

    @TempDir
    Path dir;

    /** Two files, rows deliberately out of order, three temperatures of one model. */
    private List<Path> fixture() throws IOException {
        Path first = new GamesFixture()
                .game("0.001", "sf-skill3", 1867, 3, "black", "0", 0)
                .game("0.001", "sf-skill1", 1554, 2, "white", "0.5", 0)
                .game("0.001", "sf-skill1", 1554, 0, "white", "1", 0)
                .game("0.001", "sf-skill3", 1867, 0, "white", "1", 0)
                .game("0.001", "sf-skill3", 1867, 1, "black", "0", 0)
                .game("0.001", "sf-skill1", 1554, 1, "black", "1", 0)
                .game("0.001", "sf-skill3", 1867, 2, "white", "0", 0)
                .game("0.001", "sf-skill1", 1554, 3, "black", "0", 0)
                .writeTo(dir.resolve("t0001/games.csv"));
        Path second = new GamesFixture()
                .game("1.0", "sf-skill1", 1554, 0, "white", "0", 6)
                .game("1.0", "sf-skill1", 1554, 1, "black", "1", 2)
                .game("1.0", "sf-skill1", 1554, 2, "white", "0", 1)
                .game("0.5", "sf-skill1", 1554, 0, "white", "1", 0)
                .game("0.5", "sf-skill1", 1554, 1, "black", "1", 0)
                .writeTo(dir.resolve("t1/games.csv"));
        return List.of(first, second);
    }

    @Test
    void ratesEachTemperatureInTheDocumentedOrder() throws IOException {
        List<Path> inputs = fixture();
        RateSummary summary = RateStage.run(inputs, dir.resolve("rate"));
        assertEquals(new RateSummary(2, 13, 3, dir.resolve("rate/ratings.csv")), summary);

        List<RatingRow> rows = RatingsCsv.read(summary.ratingsCsv());
        assertEquals(List.of(0.001, 0.5, 1.0), rows.stream().map(r -> r.group().temperature()).toList());

        RatingRow cold = rows.get(0);
        assertEquals(new RatingGroup("tiny", OptionalInt.of(1000), SamplingProtocol.LEGAL_MOVES, 0.001), cold.group());
        assertEquals(new ScoreTally(3, 1, 4), cold.tally());
        // Opponent rating ascending, then game index: 1554 W W D L, then 1867 W L L L.
        List<RatedGame> order = List.of(RatedGame.againstAnchor(1554, 1), RatedGame.againstAnchor(1554, 1),
                RatedGame.againstAnchor(1554, 0.5), RatedGame.againstAnchor(1554, 0),
                RatedGame.againstAnchor(1867, 1), RatedGame.againstAnchor(1867, 0),
                RatedGame.againstAnchor(1867, 0), RatedGame.againstAnchor(1867, 0));
        Rating expected = Glicko2.paper().sequential(Glicko2.PAPER_START, order);
        assertEquals(expected.rating(), cold.glicko().rating(), 1e-4);
        assertEquals(expected.rd(), cold.glicko().rd(), 1e-4);
        assertEquals(expected.volatility(), cold.glicko().volatility(), 1e-8);
        EloEstimate elo = MaximumLikelihoodElo.estimate(order);
        assertEquals(elo.mle().getAsDouble(), cold.elo().mle().getAsDouble(), 1e-4);
        assertEquals(EloBound.NONE, cold.elo().bound());

        RatingRow perfect = rows.get(1);
        assertEquals(EloBound.LOWER, perfect.elo().bound());
        assertTrue(perfect.elo().mle().isEmpty() && perfect.elo().low95().getAsDouble() > 1000);

        RatingRow hot = rows.get(2);
        assertEquals(9, hot.illegalAttempts());
        assertEquals(1, hot.illegalLosses());
    }

    @Test
    void writesTheContractHeaderAndEmptyCellsForBounds() throws IOException {
        RateSummary summary = RateStage.run(fixture(), dir.resolve("rate"));
        List<String> lines = Files.readAllLines(summary.ratingsCsv());
        assertEquals("model,cap,protocol,temperature,games,wins,draws,losses,score,illegal_attempts,illegal_losses,"
                + "glicko_rating,glicko_rd,glicko_volatility,glicko_low95,glicko_high95,elo_mle,elo_low95,elo_high95,"
                + "elo_bound,sprt_above,sprt_elo0,sprt_elo1,sprt_llr,sprt_lower,sprt_upper,sprt_decision,distinct_games",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("tiny,1000,LEGAL_MOVES,0.001,8,3,1,4,0.437500,0,0,"), lines.get(1));
        assertTrue(lines.get(2).matches("tiny,1000,LEGAL_MOVES,0\\.5,2,2,0,0,1\\.000000,0,0,.*,,[0-9.]+,,lower,"
                + "1000\\.0000,-50\\.0000,50\\.0000,[0-9.]+,-2\\.944439,2\\.944439,continue,"), lines.get(2)); // no games.pgn:
        // distinct games unknown, an empty cell
        assertTrue(lines.get(3).startsWith("tiny,1000,LEGAL_MOVES,1.0,3,1,0,2,"), lines.get(3));
    }

    /**
     * The SPRT columns: by default X = the cap (1000); two wins against 1554 are barely informative about 950 vs 1050,
     * so the test continues; 30 wins accept H1. Without an SPRT or without a cap the columns are empty, and a
     * ratings.csv written before the columns existed still reads, with no verdicts.
     */
    @Test
    void writesTheSprtVerdictAboveTheCapAndReadsOldFiles() throws IOException {
        GamesFixture wins = new GamesFixture();
        for (int i = 0; i < 30; i++) {
            wins.game("0.1", "sf-skill1", 1554, i, i % 2 == 0 ? "white" : "black", "1", 0);
        }
        Path winsCsv = wins.writeTo(dir.resolve("wins/games.csv"));
        RatingRow row = RatingsCsv.read(RateStage.run(List.of(winsCsv), dir.resolve("rate")).ratingsCsv()).get(0);
        SprtVerdict v = row.sprt().orElseThrow();
        assertEquals(SprtDecision.ACCEPT_H1, v.decision());
        assertEquals(1000, v.above());
        assertEquals(30 * Sprt.above("cap").llr(1000, 1554, 1), v.llr(), 1e-5);
        assertEquals(SprtDecision.CONTINUE, RateStage.rate(GamesCsv.read(winsCsv).subList(0, 2)).get(0).sprt()
                .orElseThrow().decision());

        RatingRow best = RateStage.rate(GamesCsv.read(winsCsv), Optional.of(Sprt.above("best"))).get(0);
        assertEquals(1554, best.sprt().orElseThrow().above());
        assertTrue(RateStage.rate(GamesCsv.read(winsCsv), Optional.empty()).get(0).sprt().isEmpty());
        Path uncapped = new GamesFixture().model("tiny", "", "LEGAL_MOVES").game("0.1", "sf-skill1", 1554, 0, "white",
                "1", 0).writeTo(dir.resolve("uncapped/games.csv"));
        Path uncappedRatings = RateStage.run(List.of(uncapped), dir.resolve("rate-uncapped")).ratingsCsv();
        assertTrue(Files.readAllLines(uncappedRatings).get(1).endsWith(",,,,,,,"));
        assertTrue(RatingsCsv.read(uncappedRatings).get(0).sprt().isEmpty());

        // A file in the format before the SPRT columns: the first 20 columns of each line.
        Path old = dir.resolve("old/ratings.csv");
        Files.createDirectories(old.getParent());
        List<String> oldLines = Files.readAllLines(dir.resolve("rate/ratings.csv")).stream()
                .map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 20))).toList();
        Files.write(old, oldLines);
        RatingRow read = RatingsCsv.read(old).get(0);
        assertTrue(read.sprt().isEmpty());
        assertEquals(row.elo(), read.elo());
    }

    @Test
    void inputOrderDoesNotChangeTheRatings() throws IOException {
        List<Path> inputs = fixture();
        RateStage.run(inputs, dir.resolve("a"));
        RateStage.run(List.of(inputs.get(1), inputs.get(0)), dir.resolve("b"));
        assertEquals(Files.readString(dir.resolve("a/ratings.csv")), Files.readString(dir.resolve("b/ratings.csv")));
    }

    @Test
    void writesAManifestWithInputHashes() throws IOException {
        List<Path> inputs = fixture();
        RateStage.run(inputs, dir.resolve("rate"));
        Manifest manifest = Manifest.readFrom(dir.resolve("rate"));
        assertEquals(Stage.RATE, manifest.stage());
        assertEquals(Sha256.of(inputs.get(0)), manifest.inputs().get(0).sha256());
        assertEquals("ratings.csv", manifest.outputs().get(0).path());
        assertEquals(new RateSummary.Counts(2, 13, 3), manifest.countsAs(RateSummary.Counts.class));
        assertEquals(RateStage.Settings.paper(), manifest.settingsAs(RateStage.Settings.class));
        assertEquals(0.5, manifest.settingsAs(RateStage.Settings.class).glickoTau());
    }

    @Test
    void anOpponentWithTwoRatingsInOneGroupIsRefused() throws IOException {
        Path mixed = new GamesFixture().game("0.1", "sf-skill1", 1554, 0, "white", "1", 0)
                .game("0.5", "sf-skill1", 1600, 0, "white", "1", 0) // another group: allowed
                .game("0.1", "sf-skill1", 1600, 1, "black", "0", 0)
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> RateStage.run(List.of(mixed), dir.resolve("rate")));
        assertTrue(e.getMessage().startsWith(mixed + " line 4: opponent 'sf-skill1' has opponent_rating 1600 but 1554"
                + " at " + mixed + " line 2 in the same model, cap, protocol and temperature"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("rate/ratings.csv")));
    }

    @Test
    void refusesAFolderOfAnotherStageOrOfSomeoneElseButRerunsIntoItsOwn() throws IOException {
        List<Path> inputs = fixture();
        Path play = inputs.get(0).getParent(); // a play folder: games.csv and a manifest of stage play
        Manifest.of(Stage.PLAY, List.of(), Map.of(), Map.of(), List.of()).writeTo(play);
        String playManifest = Files.readString(play.resolve("manifest.json"));
        ConfigException intoPlay = assertThrows(ConfigException.class, () -> RateStage.run(inputs, play));
        assertTrue(intoPlay.getMessage().startsWith(play + " holds the output of stage 'play'"), intoPlay.getMessage());
        assertEquals(playManifest, Files.readString(play.resolve("manifest.json")));

        Path users = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(users.resolve("ratings.csv"), "my own ratings\n");
        ConfigException intoUsers = assertThrows(ConfigException.class, () -> RateStage.run(inputs, users));
        assertTrue(intoUsers.getMessage().startsWith(users + " is not empty and is not a 'rate' folder: it holds "
                + "ratings.csv but no manifest.json"), intoUsers.getMessage());
        assertEquals("my own ratings\n", Files.readString(users.resolve("ratings.csv")));

        Path own = dir.resolve("rate");
        RateStage.run(inputs, own);
        RateSummary again = RateStage.run(inputs.subList(0, 1), own); // rerun into its own folder
        assertEquals(1, again.ratings());
        assertEquals(1, RatingsCsv.read(own.resolve("ratings.csv")).size());
    }

    @Test
    void malformedInputFailsNamingFileAndLineAndWritesNothing() throws IOException {
        Path bad = new GamesFixture().game("0.1", "sf-skill1", 1554, 0, "white", "1", 0)
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,1554,maybe,1,white,1-0,1,CHECKMATE,41,0,5,10,")
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> RateStage.run(List.of(bad), dir.resolve("rate")));
        assertTrue(e.getMessage().startsWith(bad + " line 3: opponent_calibrated must be true or false"),
                e.getMessage());
        assertTrue(Files.notExists(dir.resolve("rate/ratings.csv")));
    }
}
