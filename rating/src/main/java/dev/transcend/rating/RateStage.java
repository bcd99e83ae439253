package dev.transcend.rating;

import dev.transcend.core.ratings.EloEstimate;
import dev.transcend.core.ratings.Rating;
import dev.transcend.core.ratings.RatingGroup;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.core.ratings.ScoreTally;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.core.ratings.SprtVerdict;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.StageFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code rate} stage: {@code games.csv} files in, {@code ratings.csv} and {@code manifest.json} out, one rating
 * row per (model, cap, protocol, temperature).
 *
 * <p>Sequential Glicko-2 depends on the order of the games. The paper played and rated level by level (Zhang et al.,
 * 2024, sec. 4), so games are taken in {@link #SEQUENTIAL_ORDER}: opponent rating ascending, then opponent name, then
 * game index. The maximum-likelihood Elo does not depend on the order and is the better single number; the report
 * shows both. Each row also gets the sequential probability ratio test of "rating above X" ({@link Sprt}, by default X =
 * the group's cap) over all its games, the verdict the sweep's {@code sprt:} setting stops a temperature on.
 */
public final class RateStage {

    /** File name of the ratings table inside the output folder. */
    public static final String RATINGS_FILE = "ratings.csv";

    /**
     * A ratings folder. The stage leaves nothing to resume (it writes {@code ratings.csv}, then the manifest), so a
     * non-empty folder must hold a manifest of this stage: a lone {@code ratings.csv} may be someone else's.
     */
    private static final StageFolder FOLDER = new StageFolder(Stage.RATE, Set.of(), null);

    /** Order of one group's games for sequential Glicko-2: opponent rating ascending, opponent name, game index. */
    public static final Comparator<GameRow> SEQUENTIAL_ORDER = Comparator.comparingDouble(GameRow::opponentRating)
            .thenComparing(GameRow::opponent)
            .thenComparingInt(GameRow::game);

    private RateStage() {
    }

    /**
     * Rates all games and writes {@code outDir/ratings.csv} and {@code outDir/manifest.json}, each atomically.
     *
     * @param gamesCsvs one or more {@code games.csv} files; together they must not hold the same game twice
     * @param outDir output folder, created if missing; it must be empty or hold a manifest of stage {@code rate}
     * @return what was written
     * @throws MalformedCsvException naming file and line if an input row is malformed or duplicated, or an opponent
     *                               has two ratings within one group
     * @throws ConfigException naming the folder and what it holds if {@code outDir} belongs to another stage or holds
     *                         other files
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if {@code gamesCsvs} is empty
     */
    public static RateSummary run(List<Path> gamesCsvs, Path outDir) throws IOException {
        return run(gamesCsvs, outDir, Optional.of(Sprt.above(Sprt.CAP)));
    }

    /**
     * As {@link #run(List, Path)}, with the SPRT of each row's {@code sprt_*} columns.
     *
     * @param sprt the test of "rating above X" per group, or empty for no SPRT columns; a group whose X is unknown
     *             ({@code cap} for an uncapped model) gets none either
     */
    public static RateSummary run(List<Path> gamesCsvs, Path outDir, Optional<Sprt> sprt) throws IOException {
        if (gamesCsvs.isEmpty()) {
            throw new IllegalArgumentException("no games.csv given");
        }
        FOLDER.claim(outDir);
        List<GameRow> games = GamesCsv.readAll(gamesCsvs);
        List<RatingRow> ratings = withDistinctGames(rate(games, sprt), DistinctGames.of(gamesCsvs));
        Path ratingsCsv = outDir.resolve(RATINGS_FILE);
        RatingsCsv.write(ratingsCsv, ratings);
        RateSummary summary = new RateSummary(gamesCsvs.size(), games.size(), ratings.size(), ratingsCsv);
        List<FileEntry> inputs = gamesCsvs.stream().map(FileEntry::of).toList();
        Manifest.of(Stage.RATE, inputs, Settings.paper().withSprt(sprt.orElse(null)), summary.counts(),
                List.of(FileEntry.of(ratingsCsv, RATINGS_FILE))).writeTo(outDir);
        return summary;
    }

    /**
     * Adds each row's distinct games and warns on stderr about a group whose games repeat (fewer than
     * {@link DistinctGames#WARN_BELOW} of them distinct): its interval treats repeated games as independent results.
     */
    private static List<RatingRow> withDistinctGames(List<RatingRow> rows, DistinctGames distinct) {
        List<RatingRow> out = new ArrayList<>();
        for (RatingRow row : rows) {
            OptionalInt n = distinct.count(row.group());
            if (n.isEmpty()) {
                out.add(row);
                continue;
            }
            if (n.getAsInt() < DistinctGames.WARN_BELOW * row.tally().games()) {
                System.err.printf(java.util.Locale.ROOT, "warning: %s at temperature %s: only %d of %d games are"
                        + " distinct; repeated games are not independent results, so its interval is too narrow (play"
                        + " from random openings: openingPlies)%n", row.group().model(), row.group().temperatureText(),
                        n.getAsInt(), row.tally().games());
            }
            out.add(row.withDistinctGames(n.getAsInt()));
        }
        return out;
    }

    /**
     * @param games games of any number of groups, in any order
     * @return one row per group, in {@link RatingGroup} order, with the default SPRT (above the cap)
     */
    public static List<RatingRow> rate(List<GameRow> games) {
        return rate(games, Optional.of(Sprt.above(Sprt.CAP)));
    }

    /**
     * @param games games of any number of groups, in any order
     * @param sprt the SPRT of each row, or empty for none
     * @return one row per group, in {@link RatingGroup} order
     */
    public static List<RatingRow> rate(List<GameRow> games, Optional<Sprt> sprt) {
        Map<RatingGroup, List<GameRow>> byGroup = new TreeMap<>();
        for (GameRow game : games) {
            byGroup.computeIfAbsent(RatingGroup.of(game), g -> new ArrayList<>()).add(game);
        }
        List<RatingRow> rows = new ArrayList<>(byGroup.size());
        byGroup.forEach((group, groupGames) -> rows.add(rateGroup(group, groupGames, sprt)));
        return rows;
    }

    /**
     * @param group the group
     * @param games its games (at least one), in any order
     * @return the group's tally, illegal-move counts, sequential Glicko-2 rating and maximum-likelihood Elo, and the
     *         default SPRT (above the cap, if the group has one)
     */
    public static RatingRow rateGroup(RatingGroup group, List<GameRow> games) {
        return rateGroup(group, games, Optional.of(Sprt.above(Sprt.CAP)));
    }

    /**
     * @param group the group
     * @param games its games (at least one), in any order
     * @param sprt the test of "rating above X", or empty for none
     * @return the group's tally, illegal-move counts, sequential Glicko-2 rating, maximum-likelihood Elo and the SPRT
     *         verdict over all its games (none when {@code sprt} is empty or X is unknown)
     */
    public static RatingRow rateGroup(RatingGroup group, List<GameRow> games, Optional<Sprt> sprt) {
        List<GameRow> ordered = games.stream().sorted(SEQUENTIAL_ORDER).toList();
        List<RatedGame> rated = ordered.stream()
                .map(g -> RatedGame.againstAnchor(g.opponentRating(), g.modelScore())).toList();
        ScoreTally tally = ScoreTally.EMPTY;
        int illegalAttempts = 0;
        int illegalLosses = 0;
        for (GameRow game : ordered) {
            tally = tally.plus(game.modelScore());
            illegalAttempts += game.illegalAttempts();
            illegalLosses += game.isIllegalMoveLoss() ? 1 : 0;
        }
        Rating glicko = Glicko2.paper().sequential(Glicko2.PAPER_START, rated);
        EloEstimate elo = MaximumLikelihoodElo.estimate(rated);
        return new RatingRow(group, tally, illegalAttempts, illegalLosses, glicko, elo, verdict(group, games, sprt));
    }

    /** X is the group's cap, its best opponent's rating, or a number ({@link Sprt#threshold}). */
    private static Optional<SprtVerdict> verdict(RatingGroup group, List<GameRow> games, Optional<Sprt> sprt) {
        if (sprt.isEmpty()) {
            return Optional.empty();
        }
        double best = games.stream().mapToDouble(GameRow::opponentRating).max().orElseThrow();
        OptionalDouble x = sprt.get().threshold(group.cap(), best);
        return x.isPresent() ? Optional.of(sprt.get().verdict(x.getAsDouble(), games)) : Optional.empty();
    }

    /**
     * The rate stage's fixed settings, recorded in its manifest.
     *
     * @param glickoTau Glicko-2 system constant
     * @param glickoStart the model's rating before its first game
     * @param opponentRd RD given to every opponent, rating points (0: fixed anchors)
     * @param sequentialOrder the order in which one group's games are rated
     * @param eloModel the model behind the maximum-likelihood Elo
     * @param eloInterval how its 95% interval is found
     * @param eloBound what is reported for a 0% or 100% score
     * @param glickoMaxRd the Glicko-2 guard's largest RD ({@link Glicko2#MAX_RD})
     * @param sprt the SPRT of the {@code sprt_*} columns, or null for none
     */
    public record Settings(double glickoTau, Rating glickoStart, double opponentRd, String sequentialOrder,
                           String eloModel, String eloInterval, String eloBound, double glickoMaxRd, Sprt sprt) {

        /** @return these settings with {@code sprt} */
        public Settings withSprt(Sprt sprt) {
            return new Settings(glickoTau, glickoStart, opponentRd, sequentialOrder, eloModel, eloInterval, eloBound,
                    glickoMaxRd, sprt);
        }

        /** @return the settings of the transcendence paper, as this stage applies them */
        public static Settings paper() {
            return new Settings(Glicko2.PAPER_TAU, Glicko2.PAPER_START, 0.0,
                    "one rating period per game; opponent_rating ascending, then opponent, then game",
                    "E = 1 / (1 + 10^((R_opp - R) / 400)), draws as half points",
                    "profile likelihood, log-likelihood drop chi2_1(0.95)/2 = "
                            + String.format(java.util.Locale.ROOT, "%.4f", MaximumLikelihoodElo.PROFILE_DROP_95),
                    "exact one-sided 95%: P(perfect score | bound) = " + MaximumLikelihoodElo.ONE_SIDED_ALPHA,
                    Glicko2.MAX_RD, Sprt.above(Sprt.CAP));
        }
    }
}
