package dev.transcend.core.ratings;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rate stage's verdict on one {@link RatingGroup}: one row of {@code ratings.csv} (columns in
 * {@link RatingsCsv#HEADER}).
 *
 * @param group model, cap, protocol and temperature
 * @param tally the model's wins, draws and losses over all opponents
 * @param illegalAttempts illegal moves the model sampled over all games (0 under {@code LEGAL_MOVES})
 * @param illegalLosses games lost because the model sampled no legal move within its tries ({@code NO_LEGAL_SAMPLE})
 * @param glicko the paper's sequential Glicko-2 rating after all games (see {@code RateStage} for the order)
 * @param elo the order-independent maximum-likelihood Elo with its 95% interval or one-sided bound
 * @param sprt the sequential probability ratio test of "rating above X" over the group's games ({@link Sprt}), or
 *             empty when none was asked for or X is unknown (no cap); empty in a {@code ratings.csv} written before
 *             the SPRT columns existed
 * @param distinctGames games with distinct move sequences among the group's games (the same moves = the same game,
 *                      whatever the seed): a model at a temperature near 0 against a deterministic opponent repeats
 *                      games, and repeated games are not independent results; empty when the moves are unknown (no
 *                      {@code games.pgn} next to {@code games.csv}, or a {@code ratings.csv} written before the column)
 * @throws IllegalArgumentException if there are no games or a count is negative or exceeds the games
 */
public record RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                        EloEstimate elo, Optional<SprtVerdict> sprt, OptionalInt distinctGames) {

    public RatingRow {
        if (tally.games() == 0) {
            throw new IllegalArgumentException("a rating needs at least one game");
        }
        if (illegalAttempts < 0 || illegalLosses < 0 || illegalLosses > tally.losses()) {
            throw new IllegalArgumentException("illegal_attempts " + illegalAttempts + " and illegal_losses "
                    + illegalLosses + " must be >= 0, and illegal_losses <= losses " + tally.losses());
        }
        if (distinctGames.isPresent() && (distinctGames.getAsInt() < 1 || distinctGames.getAsInt() > tally.games())) {
            throw new IllegalArgumentException("distinct_games " + distinctGames.getAsInt() + " is not 1.." + tally.games());
        }
        if (sprt.isPresent() && sprt.get().games() != tally.games()) {
            throw new IllegalArgumentException("the SPRT counts " + sprt.get().games() + " games, the row "
                    + tally.games());
        }
    }

    /** A row whose distinct games are unknown. */
    public RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                     EloEstimate elo, Optional<SprtVerdict> sprt) {
        this(group, tally, illegalAttempts, illegalLosses, glicko, elo, sprt, OptionalInt.empty());
    }

    /** @return this row with {@code distinct} distinct games */
    public RatingRow withDistinctGames(int distinct) {
        return new RatingRow(group, tally, illegalAttempts, illegalLosses, glicko, elo, sprt, OptionalInt.of(distinct));
    }

    /** A row without an SPRT verdict. */
    public RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                     EloEstimate elo) {
        this(group, tally, illegalAttempts, illegalLosses, glicko, elo, Optional.empty());
    }
}
