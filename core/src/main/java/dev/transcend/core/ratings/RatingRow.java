package dev.transcend.core.ratings;

import java.util.Optional;

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
 * @throws IllegalArgumentException if there are no games or a count is negative or exceeds the games
 */
public record RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                        EloEstimate elo, Optional<SprtVerdict> sprt) {

    public RatingRow {
        if (tally.games() == 0) {
            throw new IllegalArgumentException("a rating needs at least one game");
        }
        if (illegalAttempts < 0 || illegalLosses < 0 || illegalLosses > tally.losses()) {
            throw new IllegalArgumentException("illegal_attempts " + illegalAttempts + " and illegal_losses "
                    + illegalLosses + " must be >= 0, and illegal_losses <= losses " + tally.losses());
        }
        if (sprt.isPresent() && sprt.get().games() != tally.games()) {
            throw new IllegalArgumentException("the SPRT counts " + sprt.get().games() + " games, the row "
                    + tally.games());
        }
    }

    /** A row without an SPRT verdict. */
    public RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                     EloEstimate elo) {
        this(group, tally, illegalAttempts, illegalLosses, glicko, elo, Optional.empty());
    }
}
