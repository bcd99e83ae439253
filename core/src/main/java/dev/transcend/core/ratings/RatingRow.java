package dev.transcend.core.ratings;


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
 * @throws IllegalArgumentException if there are no games or a count is negative or exceeds the games
 */
public record RatingRow(RatingGroup group, ScoreTally tally, int illegalAttempts, int illegalLosses, Rating glicko,
                        EloEstimate elo) {

    public RatingRow {
        if (tally.games() == 0) {
            throw new IllegalArgumentException("a rating needs at least one game");
        }
        if (illegalAttempts < 0 || illegalLosses < 0 || illegalLosses > tally.losses()) {
            throw new IllegalArgumentException("illegal_attempts " + illegalAttempts + " and illegal_losses "
                    + illegalLosses + " must be >= 0, and illegal_losses <= losses " + tally.losses());
        }
    }
}
